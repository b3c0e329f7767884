package cloud.olympus.fx.shell;

import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** A client app started for real in a test, headless, and closed with its windows after it. */
public final class RunningApp {

    private Application app;

    /** Starts {@code type} with these command-line arguments; answers its window. */
    public Stage start(Class<? extends Application> type, String... args) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(type, args);
        return stage;
    }

    /** After each test: the app stops and its windows go. */
    public void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }
}
