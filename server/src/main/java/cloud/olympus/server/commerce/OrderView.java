package cloud.olympus.server.commerce;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order on the wire, as {@code GET /api/v1/orders/{id}} answers it and as live order events carry
 * it. A sale recorded from a till also says which terminal rang it, when, whether offline, and how
 * it differs from the catalogue (discrepancies, needs_review until a manager has looked).
 */
public record OrderView(UUID id, String orderNumber, String status, String source, List<LineView> items, String currency,
                 BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total, List<DiscountView> discounts,
                 String paymentStatus, BigDecimal paidTotal, BigDecimal tipTotal, BigDecimal refundedTotal,
                 BigDecimal balanceDue, UUID customerId, String notes, LocalDate businessDate, UUID createdBy, Instant createdAt,
                 Instant completedAt, Instant cancelledAt, UUID terminalId, Instant rungAt, boolean offline,
                 List<Order.Discrepancy> discrepancies, boolean needsReview, UUID reviewedBy, Instant reviewedAt,
                 String reviewNote, List<PaymentView> payments, List<RefundView> refunds) {

    public static OrderView of(Order o) {
        Order.Rung rung = o.rung();
        return new OrderView(o.id(), o.orderNumber(), o.status().wireName(), o.source().wireName(),
                o.lines().stream().map(LineView::of).toList(), o.currency(), o.subtotal(), o.discountTotal(), o.tax(), o.total(),
                o.discounts().stream().map(DiscountView::of).toList(), o.paymentStatus().wireName(), o.paidTotal(),
                o.tipTotal(), o.refundedTotal(), o.balanceDue(), o.customerId(), o.notes(), o.businessDate(), o.createdBy(),
                o.createdAt(), o.completedAt(), o.cancelledAt(), rung == null ? null : rung.terminalId(),
                rung == null ? null : rung.at(), rung != null && rung.offline(), o.review().discrepancies(), o.review().needed(),
                o.review().reviewedBy(), o.review().reviewedAt(), o.review().note(),
                o.payments().stream().map(PaymentView::of).toList(), o.refunds().stream().map(RefundView::of).toList());
    }

    public record LineView(UUID id, int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
                    List<ModifierView> modifiers, String notes, String taxClass, BigDecimal subtotal, BigDecimal discount,
                    BigDecimal tax, BigDecimal total, int refundedQuantity) {
        public static LineView of(OrderLine l) {
            return new LineView(l.id(), l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity(), l.unitPrice(),
                    l.modifiers().stream().map(m -> new ModifierView(m.group(), m.name(), m.priceDelta())).toList(), l.notes(),
                    l.taxClass(), l.subtotal(), l.discount(), l.tax(), l.total(), l.refundedQuantity());
        }
    }

    public record ModifierView(String group, String name, BigDecimal priceDelta) {
    }

    public record DiscountView(String type, BigDecimal value, String reason) {
        public static DiscountView of(Discount d) {
            return new DiscountView(WireNames.of(d.kind()), d.value(), d.reason());
        }
    }

    public record PaymentView(UUID id, String method, BigDecimal amount, BigDecimal tip, BigDecimal tendered, BigDecimal changeDue,
                       String reference, Instant createdAt) {
        public static PaymentView of(Payment p) {
            return new PaymentView(p.id(), p.method(), p.amount(), p.tip(), p.tendered(), p.changeDue(), p.reference(),
                    p.createdAt());
        }
    }

    public record RefundView(UUID id, UUID paymentId, BigDecimal amount, List<RefundedLineView> lines, String reason, String method,
                      String methodReason, Instant createdAt) {
        public static RefundView of(Refund r) {
            return new RefundView(r.id(), r.paymentId(), r.amount(), r.lines().stream()
                    .map(l -> new RefundedLineView(l.lineId(), l.quantity(), l.amount())).toList(), r.reason(), r.method(),
                    r.methodReason(), r.createdAt());
        }
    }

    public record RefundedLineView(UUID lineId, int quantity, BigDecimal amount) {
    }
}
