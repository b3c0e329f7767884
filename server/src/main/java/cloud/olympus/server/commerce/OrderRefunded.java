package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.util.UUID;

/** Money went back to the customer of an order, against a payment made with {@code tenderMethod}. */
public record OrderRefunded(UUID tenantId, UUID orderId, UUID refundId, UUID customerId, BigDecimal amount,
                            String tenderMethod) {
}
