package cloud.olympus.server.commerce;

import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.commerce.internal.OrderRepository;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Input;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money in and out of orders. Payments add up (split tender) until the order is paid; cash may
 * exceed what is due and gets change back, other tenders may not. Refunds go back by line or by
 * amount, never beyond what was paid.
 */
@Service
public class Payments {

    private final OrderRepository orders;
    private final OrderManagement management;
    private final CustomerAccounts customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Payments(OrderRepository orders, OrderManagement management, CustomerAccounts customers,
             ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.management = management;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** A payment as the till reports it. {@code amount} is what was handed over. */
    public record Tender(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference) {
    }

    /** The order after a payment, and the payment itself (with any change due). */
    public record Paid(Order order, Payment payment) {
    }

    @Transactional
    public Paid pay(UUID orderId, Tender tender, Caller caller) {
        UUID tenant = TenantContext.require();
        Order order = orders.find(orderId, true).orElseThrow(() -> ApiProblem.notFound("Order"));
        if (order.status() == OrderStatus.CANCELLED) {
            throw ApiProblem.conflict("Order " + order.orderNumber() + " was cancelled");
        }
        BigDecimal due = order.balanceDue();
        if (due.signum() == 0) {
            throw ApiProblem.conflict("Order " + order.orderNumber() + " is already paid");
        }
        int scale = due.scale();
        BigDecimal amount = money(tender.amount(), scale, "amount", true);
        BigDecimal tip = tender.tip() == null ? BigDecimal.ZERO.setScale(scale) : money(tender.tip(), scale, "tip", false);
        BigDecimal applied;
        BigDecimal change = BigDecimal.ZERO.setScale(scale);
        if (tender.method().allowsChange()) {
            applied = amount.min(due);
            change = amount.subtract(applied);
        } else if (amount.compareTo(due) > 0) {
            throw ApiProblem.conflict("Only " + due + " " + order.currency() + " is due; a " + tender.method().wireName()
                    + " payment cannot be more").with("balance_due", due);
        } else {
            applied = amount;
        }
        UUID paymentId = UUID.randomUUID();
        if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
            if (order.customerId() == null) {
                throw ApiProblem.conflict("Paying with loyalty points needs a customer on the order");
            }
            customers.redeem(order.customerId(), paymentId, applied);
        }
        Payment payment = new Payment(paymentId, orderId, tender.method().wireName(), applied, tip,
                tender.method().allowsChange() ? amount : null, change, Input.trimmedOrNull(tender.reference()), caller.userId(),
                clock.instant());
        orders.insertPayment(tenant, payment);
        BigDecimal paid = order.paidTotal().add(applied);
        PaymentStatus status = PaymentStatus.of(order.total(), paid, order.refundedTotal());
        boolean mixed = order.payments().stream().anyMatch(p -> !p.method().equals(payment.method()));
        orders.updateMoney(orderId, paid, order.tipTotal().add(tip), order.refundedTotal(), status,
                mixed ? "split" : payment.method());
        events.publishEvent(new PaymentCaptured(tenant, orderId, paymentId, payment.method(), applied, tip));
        if (status == PaymentStatus.PAID) {
            management.settle(orders.find(orderId, false).orElseThrow(), caller.userId());
        }
        return new Paid(orders.find(orderId, false).orElseThrow(), payment);
    }

    /** What to give back: some units of some lines, or an amount; never both. */
    public record RefundRequest(BigDecimal amount, Map<UUID, Integer> lines, String reason, PaymentMethod method) {
    }

    @Transactional
    public Order refund(UUID orderId, RefundRequest request, Caller caller) {
        UUID tenant = TenantContext.require();
        Order order = orders.find(orderId, true).orElseThrow(() -> ApiProblem.notFound("Order"));
        BigDecimal refundable = order.paidTotal().subtract(order.refundedTotal());
        if (refundable.signum() <= 0) {
            throw ApiProblem.conflict("Nothing of order " + order.orderNumber() + " is left to refund");
        }
        boolean byLines = request.lines() != null && !request.lines().isEmpty();
        if (byLines == (request.amount() != null)) {
            throw ApiProblem.invalid("Give either lines or an amount to refund");
        }
        int scale = refundable.scale();
        List<cloud.olympus.server.commerce.Refund.RefundedLine> refunded = new ArrayList<>();
        BigDecimal amount;
        if (byLines) {
            amount = BigDecimal.ZERO.setScale(scale);
            for (var entry : request.lines().entrySet()) {
                OrderLine line = order.lines().stream().filter(l -> l.id().equals(entry.getKey())).findFirst()
                        .orElseThrow(() -> ApiProblem.invalid("Line " + entry.getKey() + " is not on this order").with("field", "lines"));
                int quantity = entry.getValue() == null ? 0 : entry.getValue();
                int left = line.quantity() - line.refundedQuantity();
                if (quantity < 1 || quantity > left) {
                    throw ApiProblem.conflict("Line " + line.lineNo() + " (" + line.name() + ") has " + left
                            + " left to refund").with("field", "lines");
                }
                // Share the line total by units so that refunding every unit gives back the line total exactly.
                BigDecimal before = share(line.total(), line.refundedQuantity(), line.quantity(), scale);
                BigDecimal after = share(line.total(), line.refundedQuantity() + quantity, line.quantity(), scale);
                BigDecimal lineAmount = after.subtract(before);
                refunded.add(new cloud.olympus.server.commerce.Refund.RefundedLine(line.id(), quantity, lineAmount));
                amount = amount.add(lineAmount);
            }
        } else {
            amount = money(request.amount(), scale, "amount", true);
        }
        if (amount.compareTo(refundable) > 0) {
            throw ApiProblem.conflict("At most " + refundable + " " + order.currency() + " can be refunded")
                    .with("refundable", refundable);
        }
        String method = request.method() != null ? request.method().wireName()
                : order.payments().isEmpty() ? "other" : order.payments().get(order.payments().size() - 1).method();
        UUID refundId = UUID.randomUUID();
        orders.insertRefund(tenant, new Refund(refundId, orderId, amount, refunded, request.reason().trim(), method,
                caller.userId(), clock.instant()));
        BigDecimal totalRefunded = order.refundedTotal().add(amount);
        orders.updateMoney(orderId, order.paidTotal(), order.tipTotal(), totalRefunded,
                PaymentStatus.of(order.total(), order.paidTotal(), totalRefunded), null);
        events.publishEvent(new OrderRefunded(tenant, orderId, refundId, order.customerId(), amount));
        return orders.find(orderId, false).orElseThrow();
    }

    private static BigDecimal share(BigDecimal total, int units, int of, int scale) {
        return total.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(of), scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal value, int scale, String field, boolean positive) {
        if (value == null || (positive ? value.signum() <= 0 : value.signum() < 0)
                || value.stripTrailingZeros().scale() > scale) {
            throw ApiProblem.invalid(field + " must be " + (positive ? "more than 0" : "0 or more") + " with at most "
                    + scale + " decimals").with("field", field);
        }
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
