package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.util.UUID;

/** Money was taken for an order. */
public record PaymentCaptured(UUID tenantId, UUID orderId, UUID paymentId, String method, BigDecimal amount, BigDecimal tip) {
}
