package cloud.olympus.server.realtime.internal;

import cloud.olympus.server.realtime.RealtimeProperties;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the journal to its replay window: every purge interval, the events older than the window go.
 * Every instance does it; deleting what another instance just deleted costs nothing.
 */
@Component
class JournalPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JournalPurge.class);

    private final EventJournal journal;
    private final TransactionTemplate tx;
    private final RealtimeProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    JournalPurge(EventJournal journal, TransactionTemplate tx, RealtimeProperties properties, Clock clock) {
        this.journal = journal;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes the events past the window; answers how many. */
    int purge() {
        Integer gone = tx.execute(status -> journal.purge(clock.instant().minus(properties.replayWindow())));
        return gone == null ? 0 : gone;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "realtime-purge");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                purge();
            } catch (RuntimeException e) {
                log.warn("Could not purge old live events: {}", e.getMessage());
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
