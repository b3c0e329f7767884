package cloud.olympus.server.commerce;

import java.time.Instant;
import java.util.UUID;

/** A manager looked at a recorded sale that needed a review; it no longer does. */
public record OrderReviewed(UUID tenantId, UUID orderId, String orderNumber, UUID reviewedBy, Instant reviewedAt,
                            UUID deviceId) {
}
