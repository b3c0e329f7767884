package cloud.olympus.server.analytics;

import java.time.Instant;
import java.util.UUID;

/**
 * What the last rebuild of a business's rollups counted from its orders: the completed orders, the
 * refunds and the hours with sales, and when.
 */
public record RollupState(UUID tenantId, Instant rebuiltAt, long ordersCounted, long refundsCounted, long hoursCounted) {
}
