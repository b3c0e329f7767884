package cloud.olympus.watch;

import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import cloud.olympus.fx.shell.StartView;
import javafx.scene.Parent;

/** The glance app for kitchen and floor staff on a wearable. */
public class WatchApp extends OlympusApplication {

    @Override
    protected String titleKey() {
        return "app.watch.title";
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        return new StartView(titleKey(), "app.mobile.subtitle", shell.config().serverUrl(), shell.connection(), shell.messages());
    }

    /** A large watch face, in device-independent pixels. */
    @Override
    protected double width() {
        return 396;
    }

    @Override
    protected double height() {
        return 484;
    }
}
