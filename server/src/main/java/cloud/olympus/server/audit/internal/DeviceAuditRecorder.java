package cloud.olympus.server.audit.internal;

import static cloud.olympus.server.audit.internal.AuditRecorder.details;

import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.auth.DeviceRegistered;
import cloud.olympus.server.auth.DeviceRevoked;
import cloud.olympus.server.auth.PairedDeviceRevoked;
import cloud.olympus.server.auth.PinChanged;
import cloud.olympus.server.shared.events.ParkedEvents;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Audit entries for shared terminals, paired devices and PINs: a terminal registered or revoked, a
 * paired device's session ended, and a PIN set, removed, locked after too many wrong tries (on which
 * terminal) or unlocked by a manager. Written as {@link AuditRecorder}'s are: after the change
 * committed, again after a failure.
 */
@Component
class DeviceAuditRecorder {

    private static final String LISTENER = "audit";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    DeviceAuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DeviceRegistered event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.registeredBy(), event.deviceId(),
                "device.registered", "device", event.deviceId(), null, null,
                details("name", event.name(), "location_id", event.locationId())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DeviceRevoked event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.revokedBy(), event.deviceId(),
                "device.revoked", "device", event.deviceId(), null, null, details("name", event.name())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PairedDeviceRevoked event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.revokedBy(), event.deviceId(),
                "device.unpaired", "device", event.authorizationId(), null, null,
                details("user_id", event.userId(), "user_agent", event.userAgent())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PinChanged event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "pin." + event.change().name().toLowerCase(Locale.ROOT), "user", event.userId(), null, null, null));
    }
}
