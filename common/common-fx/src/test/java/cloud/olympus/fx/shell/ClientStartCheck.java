package cloud.olympus.fx.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts a client app for real, headless, pointed at a server that is not there, and checks what
 * it shows. Each client extends it with its own app, title and size; the rendered screen lands in
 * {@code target/screenshots}.
 */
public abstract class ClientStartCheck {

    private Application app;

    protected abstract Class<? extends Application> appClass();

    protected abstract String expectedTitle();

    protected abstract double expectedWidth();

    protected abstract String screenshotName();

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
        app = FxToolkit.setupApplication(appClass(), "--server=http://localhost:9", "--lang=en");
        FxRobot robot = new SteadyRobot();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#connection-badge").queryAs(Label.class).getText().equals("Offline"));
        assertThat(robot.lookup("#app-title").queryAs(Label.class).getText()).isEqualTo(expectedTitle());
        assertThat(robot.lookup("#server-url").queryAs(Label.class).getText()).isEqualTo("Server: http://localhost:9");
        assertThat(robot.lookup("#connection-badge").queryAs(Label.class).getStyleClass()).contains("offline");
        assertThat(stage.getScene().getWidth()).isEqualTo(expectedWidth());
        Screenshots.write(stage.getScene(), screenshotName());
    }
}
