package cloud.olympus.mobile;

import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import cloud.olympus.fx.shell.StartView;
import javafx.scene.Parent;

/** The manager's app for phones and tablets; runs on the desktop JVM too. */
public class MobileApp extends OlympusApplication {

    @Override
    protected String titleKey() {
        return "app.mobile.title";
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        return new StartView(titleKey(), "app.mobile.subtitle", shell.config().serverUrl(), shell.connection(), shell.messages());
    }

    /** A common phone in portrait, in device-independent pixels. */
    @Override
    protected double width() {
        return 412;
    }

    @Override
    protected double height() {
        return 915;
    }
}
