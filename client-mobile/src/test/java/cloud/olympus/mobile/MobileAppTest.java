package cloud.olympus.mobile;

import cloud.olympus.fx.shell.ClientStartCheck;
import javafx.application.Application;

class MobileAppTest extends ClientStartCheck {

    @Override
    protected Class<? extends Application> appClass() {
        return MobileApp.class;
    }

    @Override
    protected String expectedTitle() {
        return "Olympus Manager";
    }

    @Override
    protected double expectedWidth() {
        return 1280;
    }

    @Override
    protected String screenshotName() {
        return "mobile-start";
    }
}
