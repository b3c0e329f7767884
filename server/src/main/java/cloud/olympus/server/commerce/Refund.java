package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Money given back for an order, for some lines or an amount. */
public record Refund(UUID id, UUID orderId, BigDecimal amount, List<RefundedLine> lines, String reason, String method,
                     UUID createdBy, Instant createdAt) {

    public record RefundedLine(UUID lineId, int quantity, BigDecimal amount) {
    }
}
