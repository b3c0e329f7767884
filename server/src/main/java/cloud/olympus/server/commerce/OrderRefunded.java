package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Money went back to the customer of an order: {@code amount} of the payment {@code tender}, paid
 * out as {@code refundMethod} (the tender's own method, or cash).
 */
public record OrderRefunded(UUID tenantId, UUID orderId, UUID refundId, UUID customerId, BigDecimal amount, Tender tender,
                            String refundMethod) {

    /** The payment a refund went against. */
    public record Tender(UUID paymentId, String method, BigDecimal amount) {
    }
}
