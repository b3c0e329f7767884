package cloud.olympus.desktop;

import cloud.olympus.fx.shell.ClientStartCheck;
import javafx.application.Application;

class DesktopAppTest extends ClientStartCheck {

    @Override
    protected Class<? extends Application> appClass() {
        return DesktopApp.class;
    }

    @Override
    protected String expectedTitle() {
        return "Olympus";
    }

    @Override
    protected double expectedWidth() {
        return 1024;
    }

    @Override
    protected String screenshotName() {
        return "desktop-start";
    }
}
