package cloud.olympus.fx.shell;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Questions about what a running app shows, asked on the JavaFX thread: walking the scene from the
 * test's thread while the app changes it (a panel closing as another opens, a badge redrawn) can
 * fail half-way.
 */
public final class FxQueries {

    private FxQueries() {
    }

    /** Whether a node matching {@code query} is there and visible. */
    public static boolean showing(FxRobot robot, String query) {
        return onFxThread(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Answers {@code question}, asked on the JavaFX thread. */
    public static <T> T onFxThread(Supplier<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question::get).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from the JavaFX thread", e);
        }
    }
}
