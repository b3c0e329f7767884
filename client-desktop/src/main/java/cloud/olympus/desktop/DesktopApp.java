package cloud.olympus.desktop;

import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import cloud.olympus.fx.shell.StartView;
import javafx.scene.Parent;

/** The desktop app cashiers and owners use: POS terminal and back-office console. */
public class DesktopApp extends OlympusApplication {

    @Override
    protected String titleKey() {
        return "app.desktop.title";
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        return new StartView(titleKey(), "app.desktop.subtitle", shell.config().serverUrl(), shell.connection(), shell.messages());
    }

    @Override
    protected double width() {
        return 1024;
    }

    @Override
    protected double height() {
        return 768;
    }
}
