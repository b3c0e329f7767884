package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money went back to the customer of an order: {@code amount} of the payment {@code tender}, paid
 * out as {@code refundMethod} (the tender's own method, or cash), by {@code actorId} on the terminal
 * {@code deviceId} (null when not known or not on a registered terminal).
 */
public record OrderRefunded(UUID tenantId, UUID orderId, UUID refundId, UUID customerId, BigDecimal amount, Tender tender,
                            String refundMethod, UUID actorId, UUID deviceId, Instant at) {

    /** A refund by nobody known (the actor and terminal are for the audit trail). */
    public OrderRefunded(UUID tenantId, UUID orderId, UUID refundId, UUID customerId, BigDecimal amount, Tender tender,
                         String refundMethod) {
        this(tenantId, orderId, refundId, customerId, amount, tender, refundMethod, null, null, null);
    }

    /** The payment a refund went against. */
    public record Tender(UUID paymentId, String method, BigDecimal amount) {
    }
}
