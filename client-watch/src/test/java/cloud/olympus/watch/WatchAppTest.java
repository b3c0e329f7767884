package cloud.olympus.watch;

import cloud.olympus.fx.shell.ClientStartCheck;
import javafx.application.Application;

class WatchAppTest extends ClientStartCheck {

    @Override
    protected Class<? extends Application> appClass() {
        return WatchApp.class;
    }

    @Override
    protected String expectedTitle() {
        return "Olympus";
    }

    @Override
    protected double expectedWidth() {
        return 396;
    }

    @Override
    protected String screenshotName() {
        return "watch-start";
    }
}
