package cloud.olympus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import cloud.olympus.fx.shell.Screenshots;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, started headless, pointed at a server that is not there. */
class WatchAppTest {

    private Application app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void startsAtItsSizeAndSaysTheServerIsOffline() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(WatchApp.class, "--server=http://localhost:9", "--lang=en");
        FxRobot robot = new FxRobot();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#connection-badge").queryAs(Label.class).getText().equals("Offline"));
        assertThat(robot.lookup("#app-title").queryAs(Label.class).getText()).isEqualTo("Olympus");
        assertThat(robot.lookup("#server-url").queryAs(Label.class).getText()).isEqualTo("Server: http://localhost:9");
        assertThat(robot.lookup("#connection-badge").queryAs(Label.class).getStyleClass()).contains("offline");
        Screenshots.write(stage.getScene(), "watch-start");
        assertThat(stage.getScene().getWidth()).isEqualTo(396);
    }
}
