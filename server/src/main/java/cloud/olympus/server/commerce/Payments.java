package cloud.olympus.server.commerce;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.server.approvals.Approvals;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.Devices;
import cloud.olympus.server.commerce.internal.OrderRepository;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money in and out of orders: the order says what it may take and give back (see {@link Order#pay}
 * and {@link Order#refund}); this takes loyalty points for a points payment, puts refunded goods back
 * on the shelf, stores the change and tells the rest of the system.
 */
@Service
public class Payments {

    private final OrderRepository orders;
    private final OrderManagement management;
    private final CustomerAccounts customers;
    private final Tenants tenants;
    private final StockLedger ledger;
    private final ApplicationEventPublisher events;
    private final Approvals approvals;
    private final Devices devices;
    private final Clock clock;

    Payments(OrderRepository orders, OrderManagement management, CustomerAccounts customers, Tenants tenants,
             StockLedger ledger, ApplicationEventPublisher events, Clock clock, Approvals approvals, Devices devices) {
        this.devices = devices;
        this.ledger = ledger;
        this.orders = orders;
        this.management = management;
        this.customers = customers;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.approvals = approvals;
    }

    /**
     * A payment as the till reports it. {@code amount} is what was handed over; {@code terminalId} the
     * till that took it (null away from a till), whose cash drawer takes cash.
     */
    public record Tender(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference, UUID terminalId) {

        public Tender(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference) {
            this(method, amount, tip, reference, null);
        }
    }

    /** The order after a payment, and the payment itself (with any change due). */
    public record Paid(Order order, Payment payment) {
    }

    @Transactional
    public Paid pay(UUID orderId, Tender tender, Caller caller) {
        UUID tenant = TenantContext.require();
        Order order = orders.findForUpdate(orderId).orElseThrow(OrderNotFound::new);
        requireTillOrNone(tender.terminalId(), "payment");
        TenantSettings settings = tenants.settingsOf(tenant);
        Payment payment = order.pay(tender.method(), tender.amount(), tender.tip(), tender.reference(),
                new Order.Tips(settings.has("tips"), settings.maxTipPercent()), caller.userId(), clock.instant(), tender.terminalId());
        if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
            customers.redeem(order.customerId(), payment.id(), payment.amount());
        }
        orders.addPayment(order, payment);
        events.publishEvent(new PaymentCaptured(tenant, orderId, payment.id(), payment.method(), payment.amount(), payment.tip()));
        management.settle(order, caller.userId());
        return new Paid(orders.find(orderId).orElseThrow(), payment);
    }

    /**
     * What to give back: some units of some lines, or an amount (never both), to one payment of
     * the order (the latest that can take it all when none is named), in the payment's own method
     * unless a manager chooses cash and says why. {@code terminalId}: the till that pays it out, whose
     * cash drawer a cash refund comes out of (null away from a till).
     */
    public record RefundRequest(BigDecimal amount, Map<UUID, LineRefund> lines, String reason, UUID paymentId,
                                PaymentMethod method, String methodReason, UUID approvalId, UUID terminalId) {

        public RefundRequest(BigDecimal amount, Map<UUID, LineRefund> lines, String reason, UUID paymentId, PaymentMethod method,
                             String methodReason, UUID approvalId) {
            this(amount, lines, reason, paymentId, method, methodReason, approvalId, null);
        }
    }

    /** Units of a line to refund, and whether they go back on the shelf (null: as the business usually does). */
    public record LineRefund(int quantity, Boolean restock) {
    }

    @Transactional
    public Order refund(UUID orderId, RefundRequest request, Caller caller) {
        UUID tenant = TenantContext.require();
        if (!caller.may(Permission.ORDER_REFUND) && request.approvalId() == null) {
            throw new NotAllowed("This needs the permission order_refund, which your role does not give, or a manager's "
                    + "approval of the refund (approval_id)");
        }
        Order order = orders.findForUpdate(orderId).orElseThrow(OrderNotFound::new);
        requireTillOrNone(request.terminalId(), "refund");
        Map<UUID, Integer> units = null;
        if (request.lines() != null) {
            units = new LinkedHashMap<>();
            for (var line : request.lines().entrySet()) {
                units.put(line.getKey(), line.getValue() == null ? null : line.getValue().quantity());
            }
        }
        Refund refund = order.refund(request.amount(), units, request.reason(), request.paymentId(), request.method(),
                request.methodReason(), caller.userId(), clock.instant());
        Payment tender = order.payments().stream().filter(p -> p.id().equals(refund.paymentId())).findFirst().orElseThrow();
        if (!caller.may(Permission.ORDER_REFUND)) {
            // A manager approved a refund to the tender it came from; paying a card refund out of the till
            // as cash instead is a manager's own decision, which an approval from afar does not give.
            if (!refund.method().equals(tender.method())) {
                throw new NotAllowed("A refund approved from afar goes back to the " + tender.method()
                        + " payment; only someone with order_refund may pay it out as " + refund.method());
            }
            approvals.use(request.approvalId(), ApprovalKind.REFUND, orderId, refund.amount(), "refund:" + refund.id(), caller);
        }
        orders.addRefund(order, refund, request.terminalId());
        boolean restockByDefault = tenants.settingsOf(tenant).restocksRefunds();
        for (Refund.RefundedLine line : refund.lines()) {
            LineRefund asked = request.lines().get(line.lineId());
            if (asked.restock() == null ? restockByDefault : asked.restock()) {
                ledger.restock(orderId, refund.id(), order.line(line.lineId()).orElseThrow().productId(), line.quantity(),
                        caller.userId());
            }
        }
        events.publishEvent(new OrderRefunded(tenant, orderId, refund.id(), order.customerId(), refund.amount(),
                new OrderRefunded.Tender(tender.id(), tender.method(), tender.amount()), refund.method(), caller.userId(),
                caller.deviceId(), clock.instant()));
        return orders.find(orderId).orElseThrow();
    }

    /**
     * Cash taken or paid out goes into or out of the drawer of the till named: a till registered with this
     * business (revoked since or not), or none (away from a till). A till sale ({@code POST /sales}) is a fact and names any terminal.
     */
    /**
     * A payment or refund names a till of this business, or none. A till whose registration was revoked
     * meanwhile is still the till the money went through (a till learns of the revocation at its next
     * login), so it is taken; an id no till of this business ever had is not.
     */
    private void requireTillOrNone(UUID terminalId, String what) {
        if (terminalId != null && devices.find(terminalId).isEmpty()) {
            throw new InvalidInput("terminal_id must be a till registered with this business; leave it out "
                    + "for a " + what + " away from a till").field("terminal_id");
        }
    }
}
