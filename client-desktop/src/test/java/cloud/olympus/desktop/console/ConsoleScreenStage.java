package cloud.olympus.desktop.console;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientConfig;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.theme.ThemeManager;
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
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One console screen on its own, headless, at 1440×900: a till logged in to a demo business as
 * {@code who}, the desktop shell around it, and files chosen from a test's folder instead of dialogs.
 */
public final class ConsoleScreenStage implements AutoCloseable {

    private final ClientShell shell;
    private final Till till;
    private final ConsoleContext context;
    private Stage stage;
    private Scene scene;

    public ConsoleScreenStage(String tenant, String who, Path dir) {
        shell = new ClientShell(ClientConfig.from(Map.of("server", DemoServer.url(), "lang", "en"), name -> null));
        till = new Till(DemoServer.url(), dir, Clock.systemUTC());
        Session session = till.login(tenant, who + "@" + tenant + ".example", DemoServer.PASSWORD);
        context = new ConsoleContext(shell, till, session);
    }

    public ConsoleContext context() {
        return context;
    }

    /** Shows the screen {@code make} builds from the context, and tells it it is on screen. */
    public <S extends ConsoleScreen> S show(Function<ConsoleContext, S> make) throws Exception {
        S screen = make.apply(context);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            scene = shell.show(stage, new StackPane(screen.view()), "console.screen." + screen.id(), 1440, 900, List.of());
            screen.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return screen;
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

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        shell.close();
        till.close();
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

}
