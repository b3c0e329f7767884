package cloud.olympus.desktop.console;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientConfig;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One console screen in a headless window of the console's size (1440×900), for a demo user logged
 * in on a real till against the demo server: what a screen's TestFX test drives.
 */
public final class ConsoleScreenStage implements AutoCloseable {

    private final FxRobot robot = new FxRobot();
    private final Till till;
    private final ClientShell shell;
    private final ConsoleContext context;
    private final ConsoleScreen screen;
    private final Stage stage;

    private ConsoleScreenStage(Till till, ClientShell shell, ConsoleContext context, ConsoleScreen screen, Stage stage) {
        this.till = till;
        this.shell = shell;
        this.context = context;
        this.screen = screen;
        this.stage = stage;
    }

    /** Logs {@code who} (owner, manager, cashier) of demo business {@code tenant} in and shows the screen {@code make} makes. */
    public static ConsoleScreenStage open(String tenant, String who, Function<ConsoleContext, ConsoleScreen> make) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-");
        Till till = new Till(DemoServer.url(), dir, Clock.systemUTC());
        Session session = till.login(tenant, who + "@" + tenant + ".example", DemoServer.PASSWORD);
        ClientShell shell = new ClientShell(new ClientConfig(DemoServer.url(), ThemeManager.Mode.LIGHT, Locale.ENGLISH, Map.of()));
        ConsoleContext context = new ConsoleContext(shell, till, session);
        ConsoleScreen screen = make.apply(context);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            shell.theme().apply(ThemeManager.Mode.LIGHT);
            Scene scene = new Scene(new StackPane(screen.view()), 1440, 900);
            shell.theme().style(scene, List.of());
            window.setScene(scene);
            window.show();
            screen.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new ConsoleScreenStage(till, shell, context, screen, stage);
    }

    public ConsoleContext context() {
        return context;
    }

    public ConsoleScreen screen() {
        return screen;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** Switches the whole application to light or dark. */
    public void theme(ThemeManager.Mode mode) {
        robot.interact(() -> shell.theme().apply(mode));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node matching {@code query} shows. */
    public void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        robot.interact(() -> shell.theme().apply(ThemeManager.Mode.LIGHT));
        FxToolkit.cleanupStages();
        shell.close();
        till.close();
    }
}
