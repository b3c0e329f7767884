package cloud.olympus.desktop;

import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Parent;

/** The desktop app cashiers and owners use: the POS terminal (and, to come, the back-office console). */
public class DesktopApp extends OlympusApplication {

    private Till till;

    @Override
    protected String titleKey() {
        return "app.desktop.title";
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        Path dir = Path.of(shell.config().option("till-dir", "OLYMPUS_TILL_DIR",
                Path.of(System.getProperty("user.home"), ".olympus-till").toString(), System::getenv));
        till = new Till(shell.config().serverUrl(), dir, Clock.systemUTC());
        return new TillRoot(shell, till, dir.resolve("receipts"));
    }

    @Override
    protected java.util.List<String> stylesheets() {
        return java.util.List.of(getClass().getResource("/cloud/olympus/desktop/pos.css").toExternalForm());
    }

    @Override
    protected double width() {
        return 1280;
    }

    @Override
    protected double height() {
        return 800;
    }

    @Override
    public void stop() {
        super.stop();
        if (till != null) {
            till.close();
        }
    }
}
