package cloud.olympus.server.commerce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Money given back for an order, for some lines or an amount, to one of its payments
 * ({@code paymentId}, absent on refunds older than that rule). {@code method} is where the money
 * went: the payment's own method, or cash chosen by a manager for {@code methodReason}.
 */
@Table(schema = "commerce", name = "refunds")
public final class Refund {

    @Id
    private final UUID id;
    private final UUID paymentId;
    private final BigDecimal amount;
    private final RefundedLines lines;
    private final String reason;
    private final String method;
    private final String methodReason;
    private final UUID createdBy;
    private final Instant createdAt;

    public Refund(UUID id, UUID paymentId, BigDecimal amount, List<RefundedLine> lines, String reason, String method,
                  String methodReason, UUID createdBy, Instant createdAt) {
        this(id, paymentId, amount, new RefundedLines(lines), reason, method, methodReason, createdBy, createdAt);
    }

    @PersistenceCreator
    Refund(UUID id, UUID paymentId, BigDecimal amount, RefundedLines lines, String reason, String method, String methodReason,
           UUID createdBy, Instant createdAt) {
        this.id = id;
        this.paymentId = paymentId;
        this.amount = amount;
        this.lines = lines;
        this.reason = reason;
        this.method = method;
        this.methodReason = methodReason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public record RefundedLine(UUID lineId, int quantity, BigDecimal amount) {
    }

    /** The refunded lines as they are stored: a JSON array. */
    public record RefundedLines(@JsonValue List<RefundedLine> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public RefundedLines {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    Refund scaled(int scale) {
        return new Refund(id, paymentId, Money.scale(amount, scale), lines, reason, method, methodReason, createdBy, createdAt);
    }

    public UUID id() {
        return id;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<RefundedLine> lines() {
        return lines.all();
    }

    public String reason() {
        return reason;
    }

    public String method() {
        return method;
    }

    public String methodReason() {
        return methodReason;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
