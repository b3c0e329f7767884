package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.model.auth.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real till, headless, against a real server: the manager opens "Pair a watch" from the orders
 * board (or with F8), types the code a watch shows, and the watch gets the manager's session.
 */
class TillPairsAWatchTest {

    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void theManagerPairsAWatchFromTheOrdersBoard() throws Exception {
        OlympusClient watch = new OlympusClient(DemoServer.url());
        OlympusClient.DeviceCode code = watch.requestDeviceCode("bella-cucina");
        Path till = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = app.start(DesktopApp.class, "--server=" + DemoServer.url(), "--till-dir=" + till, "--lang=en", "--window", "--mode=till",
                "--tenant=bella-cucina", "--email=manager@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#product-grid");

        // F8 opens it anywhere; Esc closes it again.
        robot.type(KeyCode.F8);
        waitFor("#pair-watch");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pair-watch").tryQuery()).isEmpty();

        robot.clickOn("#orders-button");
        waitFor("#orders-board");
        assertThat(text("#pair-watch-button")).isEqualTo("Pair a watch");
        robot.clickOn("#pair-watch-button");
        waitFor("#pair-watch");
        assertThat(robot.lookup("#orders-board").tryQuery()).isEmpty();
        robot.clickOn("#pair-watch-code").write(code.userCode());
        robot.type(KeyCode.ENTER);
        waitFor("#pair-watch-done");
        Screenshots.write(stage.getScene(), "pos-pair-watch-done-light");
        robot.clickOn("#pair-watch-cancel");

        watch.redeemDeviceCode(code.deviceCode());
        OlympusApi onTheWrist = new OlympusApi(watch);
        assertThat(onTheWrist.session().roles()).containsExactly(Role.MANAGER);
        assertThat(onTheWrist.session().displayName()).isEqualTo(DemoServer.login("bella-cucina", "manager").session().displayName());
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
