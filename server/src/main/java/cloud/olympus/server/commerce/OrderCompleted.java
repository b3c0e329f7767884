package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order was paid and handed over; its stock is sold. Loyalty and reports follow from here. */
public record OrderCompleted(UUID tenantId, UUID orderId, String orderNumber, UUID customerId, BigDecimal total, String currency, Instant completedAt) {
}
