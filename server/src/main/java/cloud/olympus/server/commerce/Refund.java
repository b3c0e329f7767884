package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Money given back for an order, for some lines or an amount, to one of its payments
 * ({@code paymentId}, absent on refunds older than that rule). {@code method} is where the money
 * went: the payment's own method, or cash chosen by a manager for {@code methodReason}.
 */
public record Refund(UUID id, UUID orderId, UUID paymentId, BigDecimal amount, List<RefundedLine> lines, String reason,
                     String method, String methodReason, UUID createdBy, Instant createdAt) {

    public record RefundedLine(UUID lineId, int quantity, BigDecimal amount) {
    }
}
