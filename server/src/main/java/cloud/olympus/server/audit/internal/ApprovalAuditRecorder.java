package cloud.olympus.server.audit.internal;

import static cloud.olympus.server.audit.internal.AuditRecorder.details;

import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.server.approvals.ApprovalDecided;
import cloud.olympus.server.approvals.ApprovalRequested;
import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Keeps who asked a manager for what from a till, and who approved or declined it (or that nobody did in time). */
@Component
class ApprovalAuditRecorder {

    private static final String LISTENER = "audit-approvals";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    ApprovalAuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApprovalRequested event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.requestedBy(), event.deviceId(),
                "approval.requested", "approval", event.approvalId(), null, null,
                details("kind", event.kind().wireName(), "summary", event.summary(), "amount", event.amount(),
                        "order_id", event.orderId())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApprovalDecided event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.decidedBy(), event.deviceId(),
                "approval." + event.status().wireName(), "approval", event.approvalId(),
                details("status", ApprovalStatus.PENDING.wireName()), details("status", event.status().wireName()),
                details("kind", event.kind().wireName(), "reason", event.reason(), "requested_by", event.requestedBy())));
    }
}
