package cloud.olympus.server.audit.internal;

import static cloud.olympus.server.audit.internal.AuditRecorder.details;

import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.commerce.OrderDiscounted;
import cloud.olympus.server.commerce.OrderVoided;
import cloud.olympus.server.commerce.SaleDiscarded;
import cloud.olympus.server.inventory.ItemPriceChanged;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Audit entries for money given away or taken back: discounts on orders and till sales, paid orders
 * cancelled (voids), and changes to an item's price. Written as {@link AuditRecorder}'s are.
 */
@Component
class SalesAuditRecorder {

    private static final String LISTENER = "audit";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    SalesAuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderDiscounted event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "order.discounted", "order", event.orderId(), null, null, details("number", event.orderNumber(),
                        "amount", event.amount(), "currency", event.currency(),
                        "reasons", event.reasons().isEmpty() ? null : event.reasons(), "approved_by", event.approvedBy())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderVoided event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "order.voided", "order", event.orderId(), null, null, details("number", event.orderNumber(),
                        "paid", event.paid(), "currency", event.currency())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ItemPriceChanged event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "item.price_changed", "item", event.itemId(), details("unit_price", event.before()),
                details("unit_price", event.after()), details("sku", event.sku(), "name", event.name())));
    }

    /** A sale rung on a till and never recorded: kept with who decided, why, and what the server had refused. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SaleDiscarded event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.decidedAt(), event.reportedBy(),
                event.deviceId(), "sale.discarded", "order", event.saleId(), null, null, details("reason", event.reason(),
                        "decided_by", event.decidedBy(), "total", event.total(), "terminal_id", event.terminalId(),
                        "rung_at", event.rungAt() == null ? null : event.rungAt().toString(), "problem", event.problem())));
    }

}
