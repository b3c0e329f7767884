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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenFiguresTest {

    record Figures(List<String> names) {
    }

    /** A reading while the server cannot be reached. */
    private static final java.util.function.Function<java.util.function.Consumer<RuntimeException>, Figures> UNREACHABLE = failed -> {
        throw new ServerUnreachableException("down", new IOException("refused"));
    };
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
    void figuresKeptForOneLocationAreNotShownForAnother() {
        UUID harbour = UUID.randomUUID();
        UUID station = UUID.randomUUID();
        ScreenFigures<Figures> screen = figures();
        screen.loadPartly(harbour, failed -> new Figures(List.of("harbour")));
        assertThat(screen.value().names()).containsExactly("harbour");

        screen.loadPartly(station, UNREACHABLE);
        assertThat(screen.value()).as("the harbour's figures are not the station's").isNull();
        assertThat(screen.problemProperty().get().key()).isEqualTo("problem.unreachable");

        ScreenFigures<Figures> nextStart = figures();
        nextStart.loadPartly(station, UNREACHABLE);
        assertThat(nextStart.value()).isNull();
        nextStart.loadPartly(harbour, UNREACHABLE);
        assertThat(nextStart.value().names()).containsExactly("harbour");
        assertThat(nextStart.asOfProperty().get()).isEqualTo(READ);
    }

    private static final UUID BELLA = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID SUSHI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private ScreenFigures<Figures> figuresOf(UUID tenant, UUID user) {
        FigureStore store = new FigureStore(folder, new OlympusClient("http://localhost:9").json(), Clock.fixed(READ, ZoneOffset.UTC));
        return new ScreenFigures<>("test", Figures.class, store.of(tenant, user), Runnable::run, Runnable::run);
    }

    private static ScreenFigures<Figures> offline(ScreenFigures<Figures> screen) {
        screen.load(() -> {
            throw new ServerUnreachableException("down", new IOException("refused"));
        });
        return screen;
    }

    @Test
    void figuresKeptForOnePersonOfOneBusinessAreNeverShownToAnotherPersonOrBusiness() {
        figuresOf(BELLA, ANNA).load(() -> new Figures(List.of("Maria Rossi")));

        assertThat(offline(figuresOf(BELLA, BEN)).value()).isNull();
        assertThat(offline(figuresOf(SUSHI, ANNA)).value()).isNull();
        assertThat(offline(figuresOf(BELLA, ANNA)).value().names()).containsExactly("Maria Rossi");
    }

    @Test
    void signingOutDeletesThePersonsFiguresAndTheirFolder() {
        FigureStore store = new FigureStore(folder, new OlympusClient("http://localhost:9").json(), Clock.fixed(READ, ZoneOffset.UTC));
        new ScreenFigures<>("test", Figures.class, store.of(BELLA, ANNA), Runnable::run, Runnable::run)
                .load(() -> new Figures(List.of("Maria Rossi")));
        figuresOf(BELLA, BEN).load(() -> new Figures(List.of("Luca Bianchi")));

        store.of(BELLA, ANNA).forget();

        assertThat(folder.resolve(BELLA.toString()).resolve(ANNA.toString())).doesNotExist();
        assertThat(offline(figuresOf(BELLA, ANNA)).value()).isNull();
        assertThat(offline(figuresOf(BELLA, BEN)).value().names()).containsExactly("Luca Bianchi");
    }

    @Test
    void figuresKeptForEveryoneAlikeBeforeAreDeletedAndNotShown() {
        figures().load(() -> new Figures(List.of("Maria Rossi")));
        assertThat(folder.resolve("test.json")).exists();

        assertThat(offline(figuresOf(BELLA, ANNA)).value()).isNull();
        assertThat(folder.resolve("test.json")).doesNotExist();
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

    @Test
    void aReadingOvertakenByLiveChangesIsAskedForOnceMoreThenShown() {
        ScreenFigures<Figures> screen = figures();
        int[] reads = new int[1];
        // A live change comes during every reading, as under a steady stream of orders.
        screen.load(() -> {
            reads[0]++;
            screen.heard();
            return new Figures(List.of("reading " + reads[0]));
        });
        assertThat(reads[0]).as("asked for once more, not without end").isEqualTo(2);
        assertThat(screen.value().names()).containsExactly("reading 2");
        assertThat(screen.loadingProperty().get()).isFalse();

        screen.load(() -> {
            reads[0]++;
            return new Figures(List.of("quiet"));
        });
        assertThat(reads[0]).as("a reading nothing overtook is shown at once").isEqualTo(3);
        assertThat(screen.value().names()).containsExactly("quiet");
    }
}
