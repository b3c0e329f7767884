package cloud.olympus.server.shared.idempotency;

import cloud.olympus.server.shared.PeriodicTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the idempotency keys to their retention: every purge interval, the keys first used longer
 * ago than that go, with their answers, a batch at a time (each batch its own short transaction) until
 * none is left. Every instance does it; deleting what another instance just deleted costs nothing.
 */
@Component
class IdempotencyKeyPurge extends PeriodicTask {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyKeyPurge(JdbcClient jdbc, TransactionTemplate tx, IdempotencyProperties properties, Clock clock) {
        super("idempotency-purge");
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes the keys past the retention; answers how many. */
    int purge() {
        Instant before = clock.instant().minus(properties.retention());
        int total = 0;
        int gone;
        do {
            Integer batch = tx.execute(status -> jdbc.sql("SELECT platform.purge_idempotency_keys(:before, :batch)")
                    .param("before", Timestamp.from(before)).param("batch", properties.batchSize())
                    .query(Integer.class).single());
            gone = batch == null ? 0 : batch;
            total += gone;
        } while (gone == properties.batchSize());
        return total;
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
