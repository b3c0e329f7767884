package cloud.olympus.desktop.receipt;

import cloud.olympus.fx.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs print jobs off the UI thread and answers on it, in the cashier's language. Every job has
 * an overall deadline on top of the printer's own timeouts, so a device that never answers (a USB
 * printer switched off mid-job) still ends in a message; nothing waits for the printer.
 */
public final class ReceiptPrinting {

    /** Whether the job printed and, when it did not, why, as a sentence for the cashier. */
    public record Outcome(boolean printed, String problem) {
    }

    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Messages messages;
    private final Executor printing;
    private final Executor ui;
    private final Supplier<List<String>> queues;
    private final Duration deadline;

    public ReceiptPrinting(Messages messages, Executor printing, Executor ui) {
        this(messages, printing, ui, SystemQueuePrinter::queues, DEADLINE);
    }

    /** @param queues lists the system's print queues (blocking; it is called on the printing executor) */
    public ReceiptPrinting(Messages messages, Executor printing, Executor ui, Supplier<List<String>> queues, Duration deadline) {
        this.messages = messages;
        this.printing = printing;
        this.ui = ui;
        this.queues = queues;
        this.deadline = deadline;
    }

    public Messages messages() {
        return messages;
    }

    /** Prints in the background; {@code done} is called on the UI thread with how it went. */
    public void print(ReceiptDestination destination, Paper paper, Consumer<Outcome> done) {
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    destination.print(paper);
                } catch (PrintFailure failure) {
                    throw new CompletionException(failure);
                }
            }, printing).orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((ok, error) -> ui.execute(() -> done.accept(outcome(destination, error))));
        } catch (RejectedExecutionException closing) {
            ui.execute(() -> done.accept(outcome(destination, closing)));
        }
    }

    /** Lists the system's print queues in the background; {@code done} gets them on the UI thread, an empty list when none. */
    public void queues(Consumer<List<String>> done) {
        try {
            CompletableFuture.supplyAsync(queues, printing).orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((found, error) -> ui.execute(() -> done.accept(error == null ? found : List.of())));
        } catch (RejectedExecutionException closing) {
            ui.execute(() -> done.accept(List.of()));
        }
    }

    private Outcome outcome(ReceiptDestination destination, Throwable error) {
        if (error == null) {
            return new Outcome(true, "");
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        PrintFailure failure = cause instanceof PrintFailure known ? known
                : cause instanceof TimeoutException ? new PrintFailure(PrintFailure.Reason.TIMEOUT, destination.where(), null)
                : new PrintFailure(PrintFailure.Reason.FAILED, destination.where(), cause);
        return new Outcome(false, failure.describe(messages));
    }
}
