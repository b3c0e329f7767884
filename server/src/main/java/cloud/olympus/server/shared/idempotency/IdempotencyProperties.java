package cloud.olympus.server.shared.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the answers kept under an {@code Idempotency-Key} are replayed, and how they are let go.
 *
 * @param retention     keys (with their answers) are kept this long after their first use; a repeat
 *                      after that is a new request. At least {@link #SHORTEST_RETENTION}: a till may sell
 *                      without the server for up to 90 days ({@code offline_login_days}) and send its
 *                      sales again when it is back, and it keeps what it sent for 30 days
 * @param purgeInterval how often the keys past their retention are deleted
 * @param batchSize     the most keys one delete takes, so that no purge holds the table for long
 */
@ConfigurationProperties("olympus.idempotency")
public record IdempotencyProperties(Duration retention, Duration purgeInterval, int batchSize) {

    /** Longer than the longest a till may work offline (90 days), with a month to spare. */
    public static final Duration SHORTEST_RETENTION = Duration.ofDays(91);

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofDays(120) : retention;
        if (retention.compareTo(SHORTEST_RETENTION) < 0) {
            throw new IllegalArgumentException("olympus.idempotency.retention must be at least " + SHORTEST_RETENTION.toDays()
                    + " days, longer than a till may sell offline; it is " + retention);
        }
        purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
        batchSize = batchSize <= 0 ? 1000 : batchSize;
    }
}
