package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.commerce.internal.OrderRepository;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.domain.Input;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final Tenants tenants;
    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Payments(OrderRepository orders, OrderManagement management, CustomerAccounts customers, Tenants tenants,
             StockLedger ledger, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.orders = orders;
        this.management = management;
        this.customers = customers;
        this.tenants = tenants;
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
        Order order = orders.find(orderId, true).orElseThrow(() -> new OrderNotFound());
        if (order.status() == OrderStatus.CANCELLED) {
            throw new Conflict("Order " + order.orderNumber() + " was cancelled");
        }
        BigDecimal due = order.balanceDue();
        if (due.signum() == 0) {
            throw new Conflict("Order " + order.orderNumber() + " is already paid");
        }
        int scale = due.scale();
        BigDecimal amount = Input.amount(tender.amount(), scale, "amount", Amounts.Sign.POSITIVE);
        BigDecimal tip = tender.tip() == null ? BigDecimal.ZERO.setScale(scale)
                : Input.amount(tender.tip(), scale, "tip", Amounts.Sign.NOT_NEGATIVE);
        if (tip.signum() > 0) {
            checkTip(tip, order, tenants.settingsOf(tenant));
        }
        BigDecimal applied;
        BigDecimal change = BigDecimal.ZERO.setScale(scale);
        if (tender.method().allowsChange()) {
            applied = amount.min(due);
            change = amount.subtract(applied);
        } else if (amount.compareTo(due) > 0) {
            throw new PaymentExceedsDue("Only " + due + " " + order.currency() + " is due; a " + tender.method().wireName()
                    + " payment cannot be more").with("balance_due", due);
        } else {
            applied = amount;
        }
        UUID paymentId = UUID.randomUUID();
        if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
            if (order.customerId() == null) {
                throw new Conflict("Paying with loyalty points needs a customer on the order");
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

    /** Tips where the business takes them, up to its limit for the whole order: a share of the order's total. */
    private static void checkTip(BigDecimal tip, Order order, TenantSettings settings) {
        if (!settings.has("tips")) {
            throw new InvalidInput("This business does not take tips").field("tip");
        }
        BigDecimal limit = Amounts.tipLimit(order.total(), settings.maxTipPercent());
        BigDecimal left = limit.subtract(order.tipTotal()).max(BigDecimal.ZERO.setScale(limit.scale()));
        if (tip.compareTo(left) > 0) {
            throw new InvalidInput("Tips on this order can come to at most " + limit + " " + order.currency() + " ("
                    + settings.maxTipPercent() + "% of the order total); " + left + " is left")
                    .field("tip").with("max_tip", left);
        }
    }

    /**
     * What to give back: some units of some lines, or an amount (never both), to one payment of
     * the order (the latest that can take it all when none is named), in the payment's own method
     * unless a manager chooses cash and says why.
     */
    public record RefundRequest(BigDecimal amount, Map<UUID, LineRefund> lines, String reason, UUID paymentId,
                                PaymentMethod method, String methodReason) {
    }

    /** Units of a line to refund, and whether they go back on the shelf (null: as the business usually does). */
    public record LineRefund(int quantity, Boolean restock) {
    }

    @Transactional
    public Order refund(UUID orderId, RefundRequest request, Caller caller) {
        UUID tenant = TenantContext.require();
        Order order = orders.find(orderId, true).orElseThrow(() -> new OrderNotFound());
        BigDecimal refundable = order.paidTotal().subtract(order.refundedTotal());
        if (refundable.signum() <= 0) {
            throw new Conflict("Nothing of order " + order.orderNumber() + " is left to refund");
        }
        boolean byLines = request.lines() != null && !request.lines().isEmpty();
        if (byLines == (request.amount() != null)) {
            throw new InvalidInput("Give either lines or an amount to refund");
        }
        int scale = refundable.scale();
        List<Refund.RefundedLine> refunded = new ArrayList<>();
        BigDecimal amount;
        if (byLines) {
            amount = BigDecimal.ZERO.setScale(scale);
            for (var entry : request.lines().entrySet()) {
                OrderLine line = order.lines().stream().filter(l -> l.id().equals(entry.getKey())).findFirst()
                        .orElseThrow(() -> new InvalidInput("Line " + entry.getKey() + " is not on this order").field("lines"));
                int quantity = entry.getValue() == null ? 0 : entry.getValue().quantity();
                int left = line.quantity() - line.refundedQuantity();
                if (quantity < 1 || quantity > left) {
                    throw new Conflict("Line " + line.lineNo() + " (" + line.name() + ") has " + left
                            + " left to refund").field("lines");
                }
                // Share the line total by units so that refunding every unit gives back the line total exactly.
                BigDecimal before = share(line.total(), line.refundedQuantity(), line.quantity(), scale);
                BigDecimal after = share(line.total(), line.refundedQuantity() + quantity, line.quantity(), scale);
                BigDecimal lineAmount = after.subtract(before);
                refunded.add(new Refund.RefundedLine(line.id(), quantity, lineAmount));
                amount = amount.add(lineAmount);
            }
        } else {
            amount = Input.amount(request.amount(), scale, "amount", Amounts.Sign.POSITIVE);
        }
        if (amount.compareTo(refundable) > 0) {
            throw new PaymentExceedsDue("At most " + refundable + " " + order.currency() + " can be refunded")
                    .with("refundable", refundable);
        }
        Payment tender = tenderFor(order, request.paymentId(), amount);
        String method = tender.method();
        String methodReason = null;
        if (request.method() != null && !request.method().wireName().equals(tender.method())) {
            if (request.method() != PaymentMethod.CASH) {
                throw new InvalidInput("A refund goes back to the tender it refunds (" + tender.method()
                        + "), or out of the till as cash").field("method");
            }
            methodReason = Input.trimmedOrNull(request.methodReason());
            if (methodReason == null) {
                throw new InvalidInput("Say why this " + tender.method() + " payment is refunded in cash")
                        .field("method_reason");
            }
            method = request.method().wireName();
        }
        UUID refundId = UUID.randomUUID();
        orders.insertRefund(tenant, new Refund(refundId, orderId, tender.id(), amount, refunded, request.reason().trim(), method,
                methodReason, caller.userId(), clock.instant()));
        if (byLines) {
            boolean restockByDefault = tenants.settingsOf(tenant).restocksRefunds();
            for (Refund.RefundedLine line : refunded) {
                LineRefund asked = request.lines().get(line.lineId());
                if (asked.restock() == null ? restockByDefault : asked.restock()) {
                    OrderLine sold = order.lines().stream().filter(l -> l.id().equals(line.lineId())).findFirst().orElseThrow();
                    ledger.restock(orderId, refundId, sold.productId(), line.quantity(), caller.userId());
                }
            }
        }
        BigDecimal totalRefunded = order.refundedTotal().add(amount);
        orders.updateMoney(orderId, order.paidTotal(), order.tipTotal(), totalRefunded,
                PaymentStatus.of(order.total(), order.paidTotal(), totalRefunded), null);
        events.publishEvent(new OrderRefunded(tenant, orderId, refundId, order.customerId(), amount,
                new OrderRefunded.Tender(tender.id(), tender.method(), tender.amount()), method));
        return orders.find(orderId, false).orElseThrow();
    }

    /**
     * The payment a refund goes back to: the one named, or else the latest that still has the whole
     * amount. Never more than is left of that payment.
     */
    private static Payment tenderFor(Order order, UUID paymentId, BigDecimal amount) {
        Map<UUID, BigDecimal> left = new LinkedHashMap<>();
        for (Payment payment : order.payments()) {
            left.put(payment.id(), payment.amount());
        }
        List<Payment> latestFirst = new ArrayList<>(order.payments());
        java.util.Collections.reverse(latestFirst);
        for (Refund earlier : order.refunds()) {
            if (earlier.paymentId() != null) {
                left.computeIfPresent(earlier.paymentId(), (id, remaining) -> remaining.subtract(earlier.amount()));
            } else {
                // Refunds from before tenders were named: taken from the latest payments first.
                BigDecimal unassigned = earlier.amount();
                for (Payment payment : latestFirst) {
                    BigDecimal taken = unassigned.min(left.get(payment.id()).max(BigDecimal.ZERO));
                    left.put(payment.id(), left.get(payment.id()).subtract(taken));
                    unassigned = unassigned.subtract(taken);
                }
            }
        }
        if (paymentId != null) {
            Payment named = order.payments().stream().filter(p -> p.id().equals(paymentId)).findFirst()
                    .orElseThrow(() -> new InvalidInput("payment_id names no payment of this order").field("payment_id"));
            if (amount.compareTo(left.get(paymentId)) > 0) {
                throw new PaymentExceedsDue("At most " + left.get(paymentId) + " " + order.currency() + " is left to refund to that "
                        + named.method() + " payment").field("payment_id").with("refundable", left.get(paymentId));
            }
            return named;
        }
        return latestFirst.stream().filter(p -> amount.compareTo(left.get(p.id())) <= 0).findFirst()
                .orElseThrow(() -> new Conflict("No single payment of order " + order.orderNumber() + " has " + amount
                        + " " + order.currency() + " left; refund each payment separately, naming it in payment_id")
                        .with("refundable_by_payment", left.entrySet().stream()
                                .map(e -> Map.of("payment_id", e.getKey(), "refundable", e.getValue())).toList()));
    }

    private static BigDecimal share(BigDecimal total, int units, int of, int scale) {
        return total.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(of), scale, RoundingMode.HALF_UP);
    }
}
