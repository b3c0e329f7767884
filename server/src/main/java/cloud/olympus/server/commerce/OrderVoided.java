package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order that had been paid, in full or in part, was cancelled (after its payments were refunded,
 * as an order requires): {@code paid} had been taken on it. Announced besides its {@link OrderStatusChanged}.
 */
public record OrderVoided(UUID tenantId, UUID orderId, String orderNumber, BigDecimal paid, String currency, UUID actorId,
                          UUID deviceId, Instant at) {
}
