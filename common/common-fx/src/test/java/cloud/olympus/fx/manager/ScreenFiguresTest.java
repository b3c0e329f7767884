package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenFiguresTest {

    record Figures(List<String> names) {
    }

    private static final Instant READ = Instant.parse("2026-11-27T15:00:00Z");
    @TempDir
    Path folder;

    private ScreenFigures<Figures> figures() {
        FigureStore store = new FigureStore(folder, new OlympusClient("http://localhost:9").json(), Clock.fixed(READ, ZoneOffset.UTC));
        return new ScreenFigures<>("test", Figures.class, store, Runnable::run, Runnable::run);
    }

    @Test
    void withoutTheServerTheFiguresKeptLastTimeShowWithTheirTime() {
        figures().load(() -> new Figures(List.of("espresso")));

        ScreenFigures<Figures> nextStart = figures();
        nextStart.load(() -> {
            throw new ServerUnreachableException("down", new IOException("refused"));
        });

        assertThat(nextStart.value()).isEqualTo(new Figures(List.of("espresso")));
        assertThat(nextStart.asOfProperty().get()).isEqualTo(READ);
        assertThat(nextStart.problemProperty().get().key()).isEqualTo("problem.unreachable");
    }

    @Test
    void figuresFromTheServerAreCurrentAndNothingKeptIsNothingShown() {
        ScreenFigures<Figures> screen = figures();
        screen.load(() -> {
            throw new ServerUnreachableException("down", new IOException("refused"));
        });
        assertThat(screen.value()).isNull();
        assertThat(screen.asOfProperty().get()).isNull();

        screen.load(() -> new Figures(List.of("latte")));
        assertThat(screen.value().names()).containsExactly("latte");
        assertThat(screen.asOfProperty().get()).isNull();
        assertThat(screen.problemProperty().get().isNone()).isTrue();
    }

    @Test
    void figuresOnScreenThatCannotBeRefreshedAreMarkedWithTheTimeTheyWereRead() {
        ScreenFigures<Figures> screen = figures();
        screen.load(() -> new Figures(List.of("mocha")));
        screen.load(() -> {
            throw new ServerUnreachableException("down", new IOException("refused"));
        });
        assertThat(screen.value().names()).containsExactly("mocha");
        assertThat(screen.asOfProperty().get()).isEqualTo(READ);
    }
}
