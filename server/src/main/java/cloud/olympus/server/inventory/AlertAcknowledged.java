package cloud.olympus.server.inventory;

import java.util.UUID;

/** Someone saw to a stock alert. */
public record AlertAcknowledged(UUID tenantId, UUID alertId, UUID acknowledgedBy) {
}
