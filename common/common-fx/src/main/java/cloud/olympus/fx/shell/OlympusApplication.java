package cloud.olympus.fx.shell;

import cloud.olympus.fx.theme.ThemeManager;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * The start-up every Olympus client shares: read the configuration, set up the shell, show the
 * first view at the client's natural size, and tidy up on exit.
 */
public abstract class OlympusApplication extends Application {

    private ClientShell shell;

    /** The resource key of the window title. */
    protected abstract String titleKey();

    /** The first view the client shows. */
    protected abstract Parent firstView(ClientShell shell);

    protected abstract double width();

    protected abstract double height();

    /**
     * Sets the stage up before it is first shown: full screen, say. By default nothing, and the
     * client opens as a window of {@link #width()} by {@link #height()}.
     */
    protected void prepare(Stage stage, ClientShell shell) {
    }

    /** Light or dark when neither the command line nor the environment says; light unless a client says otherwise. */
    protected ThemeManager.Mode defaultTheme() {
        return ThemeManager.Mode.LIGHT;
    }

    /** The client's own stylesheets, on top of the shared one. */
    protected java.util.List<String> stylesheets() {
        return java.util.List.of();
    }

    @Override
    public void start(Stage stage) {
        shell = new ClientShell(ClientConfig.from(getParameters().getNamed(), System::getenv, defaultTheme()));
        Parent first = firstView(shell);
        prepare(stage, shell);
        shell.show(stage, first, titleKey(), width(), height(), stylesheets());
        if (Boolean.getBoolean("olympus.startup.report")) {
            // For the start-up benchmark: the first frame is on screen once this pulse has run.
            javafx.application.Platform.runLater(() -> {
                // What the first frame shows (the till's login is "login"), for checks of installed apps.
                System.out.println("SHOWING " + shownView(stage.getScene().getRoot()));
                System.out.println("READY " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                javafx.application.Platform.exit();
            });
        }
    }

    /**
     * What the start-up report names as on screen: by default {@link #firstId}. A client whose
     * window is a frame around its views names the view inside the frame.
     */
    protected String shownView(Parent root) {
        return firstId(root);
    }

    /** The id of the first node, depth first, that has one: the view on screen. */
    protected static String firstId(javafx.scene.Node node) {
        if (node.getId() != null) {
            return node.getId();
        }
        if (node instanceof Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                String id = firstId(child);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
