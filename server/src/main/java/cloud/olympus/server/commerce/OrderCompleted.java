package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was paid and handed over; its stock is sold. Loyalty and reports follow from here.
 * {@code paidWithPoints} is the part of the total paid with loyalty points, which earns none.
 */
public record OrderCompleted(UUID tenantId, UUID orderId, String orderNumber, UUID customerId, BigDecimal total,
                             BigDecimal paidWithPoints, String currency, Instant completedAt) {

    /** What was paid with money. */
    public BigDecimal spent() {
        return total.subtract(paidWithPoints);
    }
}
