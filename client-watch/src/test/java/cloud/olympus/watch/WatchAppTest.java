package cloud.olympus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The watch app started for real, headless, pointed at a server that is not there: it says so while it tries to pair. */
class WatchAppTest {

    private final RunningApp app = new RunningApp();

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void startsPairingAtItsSizeAndSaysTheServerDoesNotAnswer() throws Exception {
        Stage stage = app.start(WatchApp.class, "--server=http://localhost:9", "--lang=en");
        FxRobot robot = new SteadyRobot();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pairing-problem").queryAs(Label.class).getText()
                .equals("The server does not answer. Check the network and try again."));
        assertThat(stage.getTitle()).isEqualTo("Olympus");
        assertThat(stage.getScene().getWidth()).isEqualTo(396);
        assertThat(stage.getScene().getHeight()).isEqualTo(484);
        assertThat(robot.lookup("#watch").query().getStyleClass()).contains("rectangular");
        assertThat(Application.getUserAgentStylesheet()).as("dark unless told otherwise").contains("dark");
        Screenshots.write(stage.getScene(), "watch-start");
    }

    @Test
    void aRoundFaceIsSquareAndCutToItsCircle() throws Exception {
        Stage stage = app.start(WatchApp.class, "--server=http://localhost:9", "--lang=en", "--shape=round");
        FxRobot robot = new SteadyRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pairing").tryQuery().isPresent());
        assertThat(stage.getScene().getWidth()).isEqualTo(454);
        assertThat(stage.getScene().getHeight()).isEqualTo(454);
        assertThat(robot.lookup("#watch .face").query().getClip()).isInstanceOf(javafx.scene.shape.Circle.class);
    }
}
