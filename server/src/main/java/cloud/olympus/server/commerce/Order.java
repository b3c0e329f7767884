package cloud.olympus.server.commerce;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order with its lines, money and payments. An order a till recorded as a finished sale also
 * says when and where it was rung ({@code rung}), and what about it differs from today's catalogue
 * ({@code review}); other orders have neither.
 */
public record Order(UUID id, String orderNumber, OrderStatus status, OrderSource source, UUID customerId,
                    List<OrderLine> lines, String currency, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax,
                    BigDecimal total, List<Discount> discounts, PaymentStatus paymentStatus, BigDecimal paidTotal,
                    BigDecimal tipTotal, BigDecimal refundedTotal, String notes, LocalDate businessDate, UUID createdBy,
                    Instant createdAt, Instant updatedAt, Instant completedAt, Instant cancelledAt, List<Payment> payments,
                    List<Refund> refunds, Rung rung, Review review) {

    /** Where and when a till rang a sale, and whether it was offline then. */
    public record Rung(UUID terminalId, Instant at, boolean offline) {
    }

    /**
     * What a recorded sale did differently from today's catalogue, and whether a manager has looked
     * at it yet.
     */
    public record Review(List<Discrepancy> discrepancies, boolean needed, UUID reviewedBy, Instant reviewedAt, String note) {

        public static final Review NONE = new Review(List.of(), false, null, null, null);
    }

    /**
     * One difference: on a line (1-based) or the whole order ({@code line} null), of some kind
     * (a unit price, a modifier, the total...), what the till charged and what the server makes of it.
     */
    public record Discrepancy(Integer line, String kind, String charged, String expected, String detail) {
    }

    /** What is still to pay. */
    public BigDecimal balanceDue() {
        return total.subtract(paidTotal).max(BigDecimal.ZERO.setScale(total.scale()));
    }
}
