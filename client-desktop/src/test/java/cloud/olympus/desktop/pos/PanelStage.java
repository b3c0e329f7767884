package cloud.olympus.desktop.pos;

import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A headless window showing one of the till's panels, styled as the till styles it, for panel tests:
 * {@code @RegisterExtension final PanelStage panels = new PanelStage();} opens it before each test
 * and closes it after.
 */
public final class PanelStage implements BeforeEachCallback, AfterEachCallback {

    private final FxRobot robot = new SteadyRobot();
    private final ThemeManager theme = new ThemeManager();
    private Stage stage;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    /** The stages go, and the theme is light again for the next test. */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        robot.interact(() -> theme.apply(ThemeManager.Mode.LIGHT));
        FxToolkit.cleanupStages();
    }

    /** Shows {@code panel} over the till's background, in {@code mode}, in a window of the given size. */
    public void show(Node panel, ThemeManager.Mode mode, double width, double height) throws Exception {
        FxToolkit.setupStage(window -> {
            theme.apply(mode);
            StackPane root = new StackPane(panel);
            root.getStyleClass().add("till-root");
            Scene scene = new Scene(root, width, height);
            theme.style(scene, List.of(PosView.class.getResource("/cloud/olympus/desktop/pos.css").toExternalForm()));
            window.setScene(scene);
            // The primary stage is shared by the tests of a JVM: it takes this scene's size, whatever an earlier test left.
            window.setFullScreen(false);
            window.setMaximized(false);
            window.sizeToScene();
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Switches the whole application to light or dark. */
    public void theme(ThemeManager.Mode mode) {
        robot.interact(() -> theme.apply(mode));
    }

    public Stage stage() {
        return stage;
    }
}
