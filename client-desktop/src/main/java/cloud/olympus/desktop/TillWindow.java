package cloud.olympus.desktop;

import cloud.olympus.fx.shell.ClientConfig;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * How the till takes the screen. Full screen by default, as a terminal should: no hint and no
 * Esc to leave it (Esc closes the till's panels), F11 to leave and come back; and sized to the
 * whole screen too, for terminals that run without a window manager to make it full screen. As a
 * window with {@code --window} (or {@code --window=true}, or {@code OLYMPUS_TILL_WINDOW=true}),
 * for a desktop or a second screen: 1280 × 800, or smaller to fit the screen. The console is always
 * a window, 1440 × 900 or smaller to fit ({@link #showConsole}); back on the till, the till's rules
 * apply again ({@link #showTill}).
 *
 * @param windowed whether the till opens in a window rather than full screen
 */
record TillWindow(boolean windowed) {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double CONSOLE_WIDTH = 1440;
    static final double CONSOLE_HEIGHT = 900;
    private static final List<String> YES = List.of("true", "yes", "on", "1");
    private static final String F11_TOGGLE = "olympus.till.f11-toggles-full-screen";

    /** The choice from the command line ({@code unnamed} holds a bare {@code --window}) or the environment. */
    static TillWindow from(ClientConfig config, List<String> unnamed, Function<String, String> env) {
        if (unnamed.contains("--window")) {
            return new TillWindow(true);
        }
        String value = config.option("window", "OLYMPUS_TILL_WINDOW", "false", env);
        return new TillWindow(YES.contains(value.toLowerCase(Locale.ROOT)));
    }

    /** The window's size on a screen whose usable area is {@code screen}: the natural size, or the screen if smaller. */
    static double[] windowSize(Rectangle2D screen) {
        return new double[]{Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())};
    }

    /** The till's size on a screen: all of it, or a window that fits its usable area. */
    double[] size(Rectangle2D whole, Rectangle2D usable) {
        return windowed ? windowSize(usable) : new double[]{whole.getWidth(), whole.getHeight()};
    }

    /** Sets the stage up before it is first shown, on a screen of bounds {@code whole}. */
    void apply(Stage stage, Rectangle2D whole) {
        if (!windowed) {
            stage.setX(whole.getMinX());
            stage.setY(whole.getMinY());
        }
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        // Once per stage: a second handler would undo the first's toggle.
        if (stage.getProperties().putIfAbsent(F11_TOGGLE, Boolean.TRUE) == null) {
            stage.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.F11) {
                    stage.setFullScreen(!stage.isFullScreen());
                    key.consume();
                }
            });
        }
        stage.setFullScreen(!windowed);
    }

    /** The console's window on a screen whose usable area is {@code usable}: its natural size, or the screen if smaller. */
    static double[] consoleSize(Rectangle2D usable) {
        return new double[]{Math.min(CONSOLE_WIDTH, usable.getWidth()), Math.min(CONSOLE_HEIGHT, usable.getHeight())};
    }

    /** The stage as the console: a window of {@link #consoleSize}, in the middle of the screen. */
    void showConsole(Stage stage, Rectangle2D usable) {
        stage.setFullScreen(false);
        double[] size = consoleSize(usable);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        stage.setX(usable.getMinX() + (usable.getWidth() - size[0]) / 2);
        stage.setY(usable.getMinY() + (usable.getHeight() - size[1]) / 2);
    }

    /** The stage as the till again: full screen, or its window, as the till was started. */
    void showTill(Stage stage, Rectangle2D whole, Rectangle2D usable) {
        double[] size = size(whole, usable);
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        apply(stage, whole);
    }
}
