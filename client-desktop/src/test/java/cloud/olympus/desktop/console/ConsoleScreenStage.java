package cloud.olympus.desktop.console;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientConfig;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One console screen on its own, headless, at the console's size (1440×900): a till logged in to a
 * demo business as {@code who} against the demo server, the desktop shell around it, and files
 * chosen from a test's folder instead of dialogs. What a screen's TestFX test drives.
 */
public final class ConsoleScreenStage implements AutoCloseable {

    private final FxRobot robot = new SteadyRobot();
    private final ClientShell shell;
    private final Till till;
    private final ConsoleContext context;
    private ConsoleScreen screen;
    private Stage stage;
    private Scene scene;

    public ConsoleScreenStage(String tenant, String who, Path dir) {
        shell = new ClientShell(ClientConfig.from(Map.of("server", DemoServer.url(), "lang", "en"), name -> null));
        till = new Till(DemoServer.url(), dir, Clock.systemUTC());
        Session session = till.login(tenant, who + "@" + tenant + ".example", DemoServer.PASSWORD);
        context = new ConsoleContext(shell, till, session);
    }

    /** Logs {@code who} (owner, manager, cashier) of demo business {@code tenant} in and shows the screen {@code make} makes. */
    public static ConsoleScreenStage open(String tenant, String who, Function<ConsoleContext, ConsoleScreen> make) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-");
        ConsoleScreenStage opened = new ConsoleScreenStage(tenant, who, dir);
        opened.show(make);
        return opened;
    }

    /** Shows the screen {@code make} builds from the context, and tells it it is on screen. */
    public <S extends ConsoleScreen> S show(Function<ConsoleContext, S> make) throws Exception {
        S made = make.apply(context);
        screen = made;
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            scene = shell.show(stage, new StackPane(made.view()), "console.screen." + made.id(), 1440, 900, List.of());
            // The primary stage is shared by the tests of a JVM: it takes the console's size, whatever an earlier test left.
            stage.setFullScreen(false);
            stage.setMaximized(false);
            stage.sizeToScene();
            made.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made;
    }

    public ConsoleContext context() {
        return context;
    }

    public ConsoleScreen screen() {
        return screen;
    }

    public Scene scene() {
        return scene;
    }

    /** Switches the whole application to light or dark. */
    public void theme(ThemeManager.Mode mode) {
        robot.interact(() -> shell.theme().apply(mode));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node matching {@code query} shows. */
    public void waitFor(String query) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        } catch (java.util.concurrent.TimeoutException e) {
            // What was on screen instead: each window's title, and a picture of each in target/screenshots.
            List<Window> windows = FxQueries.onFxThread(() -> List.copyOf(Window.getWindows()));
            StringBuilder said = new StringBuilder("no " + query + " within 20 s; windows:");
            for (int i = 0; i < windows.size(); i++) {
                Window window = windows.get(i);
                said.append(' ').append(FxQueries.onFxThread(() -> (window instanceof Stage s ? s.getTitle() : window.getClass().getSimpleName())
                        + (window.isShowing() ? "" : " (hidden)")));
                if (window.isShowing() && window.getScene() != null) {
                    Screenshots.write(window.getScene(), "failed-" + query.replaceAll("\\W", "") + "-" + i);
                }
            }
            throw new AssertionError(said.toString(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Renders the screen light and dark to {@code target/screenshots/<name>-light.png} and {@code -dark.png}. */
    public void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(scene, name + "-light");
        FxToolkit.setupFixture(() -> shell.theme().apply(ThemeManager.Mode.DARK));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(scene, name + "-dark");
        FxToolkit.setupFixture(() -> shell.theme().apply(ThemeManager.Mode.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Files "chosen" from a folder: the one to open, and where saves go. */
    public static FileDialogs folder(Path toOpen, Path saveDir) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String extension) {
                return Optional.of(toOpen);
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                return Optional.of(saveDir.resolve(suggestedName));
            }
        };
    }

    @Override
    public void close() throws Exception {
        robot.interact(() -> shell.theme().apply(ThemeManager.Mode.LIGHT));
        FxToolkit.cleanupStages();
        shell.close();
        till.close();
    }
}
