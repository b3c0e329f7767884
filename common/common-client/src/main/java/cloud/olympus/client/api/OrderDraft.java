package cloud.olympus.client.api;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale as the till rang it up: the order (with the id the till gave it), the prices it charged,
 * its totals and the tenders taken for it, who rang it on which terminal and when. This is what
 * the outbox keeps until the server has it. (Sales kept before the till recorded prices and
 * totals have no {@code rungAt}; they are sent the older way.) {@code approvalId}: a manager's approval,
 * from afar, of the sale's discount.
 */
public record OrderDraft(UUID id, OrderSource source, List<Line> lines, UUID customerId, List<Discount> discounts, String notes,
                         List<Tender> tenders, UUID terminalId, UUID cashierId, Instant rungAt, boolean offline,
                         BigDecimal subtotal, BigDecimal tax, BigDecimal total, UUID approvalId) {

    /** A sale without a manager's approval from afar. */
    public OrderDraft(UUID id, OrderSource source, List<Line> lines, UUID customerId, List<Discount> discounts, String notes,
                      List<Tender> tenders, UUID terminalId, UUID cashierId, Instant rungAt, boolean offline,
                      BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
        this(id, source, lines, customerId, discounts, notes, tenders, terminalId, cashierId, rungAt, offline, subtotal, tax,
                total, null);
    }

    /** The same sale, its discount approved by a manager from afar ({@code approvalId}). */
    public OrderDraft withApproval(UUID approvalId) {
        return new OrderDraft(id, source, lines, customerId, discounts, notes, tenders, terminalId, cashierId, rungAt, offline,
                subtotal, tax, total, approvalId);
    }

    public OrderDraft {
        lines = List.copyOf(lines);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }

    /** Whether the sale carries what the server records a finished sale from. */
    public boolean isFinishedSale() {
        return rungAt != null && total != null;
    }

    /** A line at the price charged: {@code unitPrice} is what one unit cost before modifiers. */
    public record Line(UUID productId, int quantity, List<Choice> modifiers, String notes, BigDecimal unitPrice) {
        public Line {
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        }
    }

    /** A chosen modifier and what it added to the price. */
    public record Choice(String group, String name, BigDecimal priceDelta) {
    }

    public record Discount(String type, BigDecimal value, String reason) {
    }

    public record Tender(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference) {
    }
}
