package cloud.olympus.server.audit.internal;

import static cloud.olympus.server.audit.internal.AuditRecorder.details;

import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.shared.events.ParkedEvents;
import cloud.olympus.server.workforce.StaffRolePermissionsChanged;
import cloud.olympus.server.workforce.TimeEntryCorrected;
import cloud.olympus.server.workforce.TimesheetApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Keeps the workforce's sensitive changes: what a staff role may do, corrections and approvals of worked time. */
@Component
class WorkforceAuditRecorder {

    private static final String LISTENER = "audit-workforce";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    WorkforceAuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StaffRolePermissionsChanged event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.changedBy(), event.deviceId(),
                "staff_role.permissions_changed", "staff_role", null, details("permissions", event.before()),
                details("permissions", event.after()), details("code", event.code())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TimeEntryCorrected event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.correctedBy(), event.deviceId(),
                "time_entry.corrected", "time_entry", event.entryId(), event.before(), event.after(),
                details("reason", event.reason(), "staff_id", event.staffId())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TimesheetApproved event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.by(), event.deviceId(),
                event.approved() ? "timesheet.approved" : "timesheet.unapproved", "staff", event.staffId(), null, null,
                details("from", event.from().toString(), "to", event.to().toString(), "entries", event.entries())));
    }
}
