package cloud.olympus.desktop;

import cloud.olympus.desktop.till.TerminalMode;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app cashiers and owners use: the POS terminal and the console the business is run from. */
public class DesktopApp extends OlympusApplication {

    private Till till;
    private TillRoot root;
    private TillWindow window = new TillWindow(true);

    @Override
    protected String titleKey() {
        return "app.desktop.title";
    }

    @Override
    public void init() {
        // Tile pictures and the logo come over plain URL connections, which would otherwise wait for
        // ever on a server that accepts and never answers; giving up leaves the tile without one.
        System.setProperty("sun.net.client.defaultConnectTimeout",
                System.getProperty("sun.net.client.defaultConnectTimeout", "5000"));
        System.setProperty("sun.net.client.defaultReadTimeout", System.getProperty("sun.net.client.defaultReadTimeout", "15000"));
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        Path dir = Path.of(shell.config().option("till-dir", "OLYMPUS_TILL_DIR",
                Path.of(System.getProperty("user.home"), ".olympus-till").toString(), System::getenv));
        till = new Till(shell.config().serverUrl(), dir, clock());
        root = new TillRoot(shell, till, dir.resolve("receipts"), this::arrange);
        return root;
    }

    /** The till's time: sales' times, offline logins' expiry, and how long nobody has used it. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    protected java.util.List<String> stylesheets() {
        return java.util.List.of(getClass().getResource("/cloud/olympus/desktop/pos.css").toExternalForm(),
                getClass().getResource("/cloud/olympus/desktop/console.css").toExternalForm());
    }

    /** Full screen unless asked for a window; see {@link TillWindow}. */
    @Override
    protected void prepare(Stage stage, ClientShell shell) {
        window = TillWindow.from(shell.config(), getParameters().getUnnamed(), System::getenv);
        window.apply(stage, Screen.getPrimary().getBounds());
    }

    /** The window as {@code mode} wants it: the till's full screen (or window), or the console's window. */
    private void arrange(Stage stage, TerminalMode mode) {
        Screen screen = Screen.getPrimary();
        if (mode == TerminalMode.CONSOLE) {
            window.showConsole(stage, screen.getVisualBounds());
        } else {
            window.showTill(stage, screen.getBounds(), screen.getVisualBounds());
        }
    }

    @Override
    protected double width() {
        return window.size(Screen.getPrimary().getBounds(), Screen.getPrimary().getVisualBounds())[0];
    }

    @Override
    protected double height() {
        return window.size(Screen.getPrimary().getBounds(), Screen.getPrimary().getVisualBounds())[1];
    }

    @Override
    public void stop() {
        if (root != null) {
            root.stop();
        }
        super.stop();
        if (till != null) {
            till.close();
        }
    }
}
