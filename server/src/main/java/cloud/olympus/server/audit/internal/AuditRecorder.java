package cloud.olympus.server.audit.internal;

import cloud.olympus.model.auth.Role;
import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.auth.DevicePairingDecided;
import cloud.olympus.server.auth.LoginFailed;
import cloud.olympus.server.auth.UserActivationChanged;
import cloud.olympus.server.auth.UserLoggedIn;
import cloud.olympus.server.auth.UserRolesChanged;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.commerce.OrderReviewed;
import cloud.olympus.server.commerce.OrderStatusChanged;
import cloud.olympus.server.inventory.StockAdjusted;
import cloud.olympus.server.platform.TenantExported;
import cloud.olympus.server.platform.TenantSettingsChanged;
import cloud.olympus.server.shared.events.ParkedEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Writes an audit entry for each sensitive action the modules announce. Each listener runs after
 * the action committed (an action that rolled back leaves no trace) and through the event registry,
 * which delivers again after a failure or a restart; the entry is written as the tenant the action
 * happened at.
 */
@Component
class AuditRecorder {

    private static final String LISTENER = "audit";

    private final AuditTrail trail;
    private final ParkedEvents parked;

    AuditRecorder(AuditTrail trail, ParkedEvents parked) {
        this.trail = trail;
        this.parked = parked;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UserLoggedIn event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.userId(), event.deviceId(),
                "auth.login", "user", event.userId(), null, null,
                details("client_address", event.clientAddress(), "method", event.method())));
    }

    /** A refused login is kept when it named a tenant; one that named none belongs to nobody's trail. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LoginFailed event) {
        if (event.tenantId() == null) {
            return;
        }
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), null, event.deviceId(),
                "auth.login_failed", "user", event.userId(), null, null, details("email", event.email(),
                        "reason", event.reason().name().toLowerCase(), "client_address", event.clientAddress(),
                        "method", event.deviceId() == null ? "password" : "pin")));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UserRolesChanged event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.changedBy(), event.deviceId(),
                "user.roles_changed", "user", event.userId(), details("roles", roles(event.before())),
                details("roles", roles(event.after())), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UserActivationChanged event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.changedBy(), event.deviceId(),
                event.active() ? "user.reactivated" : "user.deactivated", "user", event.userId(),
                details("active", !event.active()), details("active", event.active()), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderRefunded event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "order.refunded",
                "order", event.orderId(), null, null, details("refund_id", event.refundId(), "amount", event.amount(),
                        "payment_id", event.tender() == null ? null : event.tender().paymentId(),
                        "payment_method", event.tender() == null ? null : event.tender().method(),
                        "refund_method", event.refundMethod())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderReviewed event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.reviewedAt(), event.reviewedBy(), event.deviceId(),
                "order.reviewed", "order", event.orderId(), null, null, details("number", event.orderNumber())));
    }

    /** Of an order's moves, the cancellations are kept. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged event) {
        if (!"cancelled".equals(event.to())) {
            return;
        }
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "order.cancelled",
                "order", event.orderId(), details("status", event.from()), details("status", event.to()),
                details("number", event.orderNumber())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StockAdjusted event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.actorId(), event.deviceId(),
                "stock.adjusted", "item", event.itemId(), details("current_stock", event.stockBefore()),
                details("current_stock", event.stockAfter()),
                details("sku", event.sku(), "name", event.name(), "reason", event.reason(), "note", event.note())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TenantSettingsChanged event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.changedBy(), event.deviceId(),
                "tenant.settings_changed",
                "tenant", event.tenantId(), details("settings", event.settingsBefore(), "branding", event.brandingBefore()),
                details("settings", event.settingsAfter(), "branding", event.brandingAfter()), null));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TenantExported event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.exportedBy(), event.deviceId(),
                "tenant.exported", "tenant", event.tenantId(), null, null, details("rows", new java.util.TreeMap<>(event.rows()))));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DevicePairingDecided event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> trail.record(event.at(), event.decidedBy(), event.deviceId(),
                event.approved() ? "device.paired" : "device.pairing_refused", "device", event.authorizationId(), null, null,
                null));
    }


    private static java.util.List<String> roles(Set<Role> roles) {
        return roles.stream().map(Role::wireName).sorted().toList();
    }

    /** Names and values in turn; a null value is left out. */
    static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }
}
