package cloud.olympus.fx.forms;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a call to the server off the UI thread and hands its answer, or its failure, back on it:
 * the one shape every screen's load and save takes.
 */
public record Background(Executor background, Executor ui) {

    /** Runs {@code call} in the background, then {@code done} or {@code failed} on the UI thread. */
    public <T> void run(Supplier<T> call, Consumer<T> done, Consumer<RuntimeException> failed) {
        background.execute(() -> {
            T answer;
            try {
                answer = call.get();
            } catch (RuntimeException e) {
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> done.accept(answer));
        });
    }
}
