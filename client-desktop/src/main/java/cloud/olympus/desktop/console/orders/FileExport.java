package cloud.olympus.desktop.console.orders;

import cloud.olympus.client.Cancellation;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saving something long to a file: it is written next to the file chosen, under a name of its own,
 * and put in its place only when complete, so a file is never half there; how far it has come ({@link #progressProperty()}, in
 * the work's own unit: orders, bytes) and a way to stop it, which leaves nothing behind.
 */
public final class FileExport {

    private static final Logger LOG = LoggerFactory.getLogger(FileExport.class);

    /**
     * The writing itself: into {@code out}, telling {@code progress} how far, stopping when
     * {@code cancellation} is cancelled (a call to the server made with it stops at once).
     */
    @FunctionalInterface
    public interface Work {
        void write(OutputStream out, LongConsumer progress, Cancellation cancellation) throws IOException;
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper progress = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Phrase> outcome = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private volatile Cancellation cancellation = new Cancellation();

    public FileExport(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the work has come, in its own unit. */
    public ReadOnlyLongProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * How it ended: {@code <prefix>.saved} with the file's name, {@code <prefix>.cancelled}, or what went
     * wrong; {@link Phrase#NONE} while running or before.
     */
    public ReadOnlyObjectProperty<Phrase> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The file last saved in full; null before. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Starts writing {@code file}; nothing happens while another export runs. Texts are {@code prefix.*}. */
    public void start(Path file, String prefix, Work work) {
        if (running.get()) {
            return;
        }
        Cancellation mine = new Cancellation();
        cancellation = mine;
        running.set(true);
        progress.set(0);
        outcome.set(Phrase.NONE);
        background.execute(() -> {
            Path partial = null;
            Phrase result;
            Path done = null;
            try {
                // A name of its own in the folder chosen: two exports to the same file never write into one another.
                Path folder = file.toAbsolutePath().getParent();
                partial = Files.createTempFile(folder, file.getFileName() + ".", ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    work.write(out, n -> ui.execute(() -> progress.set(n)), mine);
                }
                if (mine.isCancelled()) {
                    throw new CancellationException();
                }
                try {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                }
                done = file;
                result = Phrase.of(prefix + ".saved", file.getFileName().toString());
            } catch (CancellationException e) {
                result = Phrase.of(prefix + ".cancelled");
            } catch (IOException e) {
                LOG.warn("Saving {} failed", file, e);
                result = Phrase.of("console.export.failed", String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                result = Problems.phrase(e);
            }
            if (done == null && partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    LOG.warn("Could not remove {}", partial, e);
                }
            }
            Phrase ended = result;
            Path kept = done;
            ui.execute(() -> {
                running.set(false);
                outcome.set(ended);
                if (kept != null) {
                    saved.set(kept);
                }
            });
        });
    }

    /** Stops the export under way, also a call to the server waiting for its answer; the file is not written. */
    public void cancel() {
        cancellation.cancel();
    }
}
