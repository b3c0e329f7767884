package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.shell.ClientConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class TillWindowTest {

    private static final Function<String, String> NO_ENV = name -> null;

    @Test
    void aTillOpensFullScreenUnlessAskedForAWindow() {
        assertThat(window(Map.of(), List.of(), NO_ENV).windowed()).isFalse();
        assertThat(window(Map.of(), List.of("--window"), NO_ENV).windowed()).isTrue();
        assertThat(window(Map.of("window", "true"), List.of(), NO_ENV).windowed()).isTrue();
        assertThat(window(Map.of("window", "false"), List.of(), NO_ENV).windowed()).isFalse();
        assertThat(window(Map.of(), List.of(), env("OLYMPUS_TILL_WINDOW", "true")).windowed()).isTrue();
        assertThat(window(Map.of(), List.of(), env("OLYMPUS_TILL_WINDOW", "YES")).windowed()).isTrue();
        assertThat(window(Map.of(), List.of(), env("OLYMPUS_TILL_WINDOW", "0")).windowed()).isFalse();
        assertThat(window(Map.of("window", "false"), List.of(), env("OLYMPUS_TILL_WINDOW", "true")).windowed())
                .as("the command line wins over the environment").isFalse();
    }

    @Test
    void aWindowFitsTheScreenItOpensOn() {
        assertThat(TillWindow.windowSize(new Rectangle2D(0, 0, 1366, 728))).containsExactly(1280, 728);
        assertThat(TillWindow.windowSize(new Rectangle2D(0, 0, 1024, 740))).containsExactly(1024, 740);
        assertThat(TillWindow.windowSize(new Rectangle2D(0, 0, 1920, 1040))).containsExactly(1280, 800);
    }

    @Test
    void theConsoleIsAWindowThatFitsTheScreen() {
        assertThat(TillWindow.consoleSize(new Rectangle2D(0, 0, 1920, 1040))).containsExactly(1440, 900);
        assertThat(TillWindow.consoleSize(new Rectangle2D(0, 0, 1366, 728))).containsExactly(1366, 728);
    }

    @Test
    void fullScreenTakesTheWholeScreenEvenWithoutAWindowManager() {
        Rectangle2D whole = new Rectangle2D(0, 0, 1366, 768);
        Rectangle2D usable = new Rectangle2D(0, 0, 1366, 728);
        assertThat(new TillWindow(false).size(whole, usable)).containsExactly(1366, 768);
        assertThat(new TillWindow(true).size(whole, usable)).containsExactly(1280, 728);
    }

    private static TillWindow window(Map<String, String> named, List<String> unnamed, Function<String, String> env) {
        return TillWindow.from(ClientConfig.from(named, env), unnamed, env);
    }

    private static Function<String, String> env(String name, String value) {
        return key -> key.equals(name) ? value : null;
    }
}
