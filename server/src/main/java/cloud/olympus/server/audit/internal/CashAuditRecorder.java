package cloud.olympus.server.audit.internal;

import static cloud.olympus.server.audit.internal.AuditRecorder.details;

import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.commerce.DrawerCashMoved;
import cloud.olympus.server.commerce.DrawerClosed;
import cloud.olympus.server.commerce.DrawerOpened;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Keeps who opened a till's drawer with what float, who paid cash in or out and why, and what each count came to. */
@Component
class CashAuditRecorder {

    private static final String LISTENER = "audit-cash";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    CashAuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DrawerOpened event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.openedBy(), event.deviceId(),
                "cash.drawer_opened", "cash_drawer", event.drawerId(), null, null,
                details("terminal_id", event.terminalId(), "opening_float", event.openingFloat())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DrawerCashMoved event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.by(), event.deviceId(),
                "cash." + event.kind().wireName(), "cash_drawer", event.drawerId(), null, null,
                details("amount", event.amount(), "reason", event.reason(), "movement_id", event.movementId())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DrawerClosed event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.closedBy(), event.deviceId(),
                event.managerReason() == null ? "cash.drawer_closed" : "cash.drawer_closed_by_manager", "cash_drawer",
                event.drawerId(), null, null, details("terminal_id", event.terminalId(), "expected", event.expected(),
                        "counted", event.counted(), "variance", event.variance(), "reason", event.managerReason())));
    }
}
