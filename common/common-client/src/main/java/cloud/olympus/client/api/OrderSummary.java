package cloud.olympus.client.api;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the server has it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderSummary(UUID id, String orderNumber, OrderStatus status, OrderSource source, List<Line> items, String currency,
                           BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total, PaymentStatus paymentStatus,
                           BigDecimal paidTotal, BigDecimal tipTotal, BigDecimal balanceDue, UUID customerId, Instant createdAt,
                           Instant completedAt, List<Payment> payments, List<Refund> refunds, BigDecimal refundedTotal,
                           String notes, Instant rungAt, List<Discrepancy> discrepancies, boolean needsReview, Instant reviewedAt,
                           String reviewNote) {

    public OrderSummary {
        items = items == null ? List.of() : List.copyOf(items);
        payments = payments == null ? List.of() : List.copyOf(payments);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        discrepancies = discrepancies == null ? List.of() : List.copyOf(discrepancies);
    }

    /** An order without what only recorded till sales carry (when rung, differences, review). */
    public OrderSummary(UUID id, String orderNumber, OrderStatus status, OrderSource source, List<Line> items, String currency,
                        BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total, PaymentStatus paymentStatus,
                        BigDecimal paidTotal, BigDecimal tipTotal, BigDecimal balanceDue, UUID customerId, Instant createdAt,
                        Instant completedAt, List<Payment> payments, List<Refund> refunds, BigDecimal refundedTotal) {
        this(id, orderNumber, status, source, items, currency, subtotal, discountTotal, tax, total, paymentStatus, paidTotal, tipTotal,
                balanceDue, customerId, createdAt, completedAt, payments, refunds, refundedTotal, null, null, List.of(), false, null,
                null);
    }

    /** When the sale happened: when the till rang it, for a sale recorded later; when it was placed otherwise. */
    public Instant happenedAt() {
        return rungAt != null ? rungAt : createdAt;
    }

    /**
     * How a till sale differs from what the server makes of it: on a line (1-based) or the whole
     * sale ({@code line} null), of a kind (unit_price, modifier, total, tax, discount, tip, clock...),
     * what the till charged and what was expected, and the server's words for it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discrepancy(Integer line, String kind, String charged, String expected, String detail) {
    }

    /**
     * What is left to refund to a payment: its amount less the refunds that went back to it
     * (refunds from before tenders were named count against the latest payments first).
     */
    public java.util.Map<UUID, BigDecimal> refundableByPayment() {
        java.util.Map<UUID, BigDecimal> left = new java.util.LinkedHashMap<>();
        payments.forEach(p -> left.put(p.id(), p.amount()));
        for (Refund refund : refunds) {
            if (refund.paymentId() != null) {
                left.computeIfPresent(refund.paymentId(), (id, amount) -> amount.subtract(refund.amount()));
            } else {
                BigDecimal unassigned = refund.amount();
                for (int i = payments.size() - 1; i >= 0 && unassigned.signum() > 0; i--) {
                    UUID id = payments.get(i).id();
                    BigDecimal taken = unassigned.min(left.get(id).max(BigDecimal.ZERO));
                    left.put(id, left.get(id).subtract(taken));
                    unassigned = unassigned.subtract(taken);
                }
            }
        }
        return left;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(UUID id, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
                       List<Modifier> modifiers, String notes, BigDecimal subtotal, BigDecimal discount, BigDecimal tax,
                       BigDecimal total, int refundedQuantity) {

        /** Units not refunded yet. */
        public int refundable() {
            return quantity - refundedQuantity;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refund(UUID id, UUID paymentId, BigDecimal amount, String reason, PaymentMethod method, String methodReason,
                         Instant createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Modifier(String group, String name, BigDecimal priceDelta) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(UUID id, PaymentMethod method, BigDecimal amount, BigDecimal tip, BigDecimal tendered, BigDecimal changeDue,
                          String reference, Instant createdAt) {
    }
}
