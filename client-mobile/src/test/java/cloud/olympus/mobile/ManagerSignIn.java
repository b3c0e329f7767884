package cloud.olympus.mobile;

import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.server.support.DemoServerProcess;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Signing the running app in as a demo person, the way a manager does it on the tablet. */
final class ManagerSignIn {

    static final String TENANT = "bella-cucina-downtown";
    static final int WAIT = 30;

    private ManagerSignIn() {
    }

    static void withPassword(FxRobot robot, String who) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#signin-email"));
        set(robot, "#signin-business", TENANT);
        set(robot, "#signin-email", who + "@" + TENANT + ".example");
        set(robot, "#signin-password", DemoServerProcess.PASSWORD);
        robot.clickOn("#signin-submit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#manager-shell"));
    }

    static void set(FxRobot robot, String query, String text) {
        FxQueries.onFxThread(() -> {
            robot.lookup(query).queryAs(TextField.class).setText(text);
            return null;
        });
    }
}
