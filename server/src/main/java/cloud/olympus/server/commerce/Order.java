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

/** An order with its lines, money and payments. */
public record Order(UUID id, String orderNumber, OrderStatus status, OrderSource source, UUID customerId,
                    List<OrderLine> lines, String currency, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax,
                    BigDecimal total, List<Discount> discounts, PaymentStatus paymentStatus, BigDecimal paidTotal,
                    BigDecimal tipTotal, BigDecimal refundedTotal, String notes, LocalDate businessDate, UUID createdBy,
                    Instant createdAt, Instant updatedAt, Instant completedAt, Instant cancelledAt, List<Payment> payments,
                    List<Refund> refunds) {

    /** What is still to pay. */
    public BigDecimal balanceDue() {
        return total.subtract(paidTotal).max(BigDecimal.ZERO.setScale(total.scale()));
    }
}
