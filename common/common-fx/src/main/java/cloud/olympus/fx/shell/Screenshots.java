package cloud.olympus.fx.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Renders a scene to a PNG, so screens can be looked at (and kept in docs/screenshots) from
 * headless runs. Files go to {@code target/screenshots} unless {@code olympus.screenshots.dir} says otherwise.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path write(Scene scene, String name) {
        Path dir = Path.of(System.getProperty("olympus.screenshots.dir", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(scene.snapshot(null)));
        try {
            Files.createDirectories(dir);
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not render " + name, e);
        }
    }
}
