package cloud.olympus.server.realtime.internal;

import cloud.olympus.server.realtime.RealtimeProperties;
import cloud.olympus.server.shared.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the journal to its replay window: every purge interval, the events older than the window go.
 * Every instance does it; deleting what another instance just deleted costs nothing.
 */
@Component
class JournalPurge extends PeriodicTask {

    private final EventJournal journal;
    private final TransactionTemplate tx;
    private final RealtimeProperties properties;
    private final Clock clock;

    JournalPurge(EventJournal journal, TransactionTemplate tx, RealtimeProperties properties, Clock clock) {
        super("realtime-purge");
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
    protected void runOnce() {
        purge();
    }

    @Override
    protected Duration interval() {
        return properties.purgeInterval();
    }
}
