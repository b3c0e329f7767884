package cloud.olympus.fx.watch;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs something once after a while, off the UI thread; what it answers cancels it. */
@FunctionalInterface
public interface Later {

    /** Runs {@code task} after {@code delay}; the answer cancels it if it has not run yet. */
    Runnable schedule(Duration delay, Runnable task);

    /** On a scheduled executor (the client's background thread). */
    static Later on(ScheduledExecutorService executor) {
        return (delay, task) -> {
            ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
