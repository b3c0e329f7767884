package cloud.olympus.server.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work an instance repeats on its own thread while the application runs, first after one interval.
 * A round that fails is logged and the next one comes as planned.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private ScheduledExecutorService scheduler;

    protected PeriodicTask(String name) {
        this.name = name;
    }

    /** One round of the work. */
    protected abstract void runOnce();

    /** The pause between the end of one round and the start of the next. */
    protected abstract Duration interval();

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long every = interval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                log.warn("{}: a round failed: {}", name, e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
