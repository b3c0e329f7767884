package cloud.olympus.server.audit.internal;

import static cloud.olympus.server.audit.internal.AuditRecorder.details;

import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.customer.CustomerErased;
import cloud.olympus.server.customer.CustomerExported;
import cloud.olympus.server.inventory.ItemsImported;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Audit entries for records handled in bulk or for a person's rights: a file of items imported, a
 * customer's data handed over or erased. An entry about a customer names them by id only: the
 * trail must not keep what an erasure removes.
 */
@Component
class RecordsAuditRecorder {

    private static final String LISTENER = "audit";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    RecordsAuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ItemsImported event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "items.imported", "item", null, null, null, details("created", event.created(), "updated", event.updated(),
                        "rejected", event.rejected())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerExported event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "customer.exported", "customer", event.customerId(), null, null, details()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerErased event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "customer.erased", "customer", event.customerId(), null, null, details("orders_unlinked",
                        event.ordersUnlinked(), "points_cleared", event.pointsCleared())));
    }
}
