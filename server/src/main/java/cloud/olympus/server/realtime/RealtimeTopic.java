package cloud.olympus.server.realtime;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import java.util.List;
import java.util.Optional;

/**
 * What a live screen can subscribe to, each open to whoever holds one of its permissions: orders
 * ({@code order.*}, {@code payment.captured}), inventory (stock levels and stock alerts), alerts
 * (every alert a person should see) and the dashboard (the day's sales).
 */
public enum RealtimeTopic {
    ORDERS(Permission.ORDER_VIEW),
    INVENTORY(Permission.STOCK_VIEW, Permission.CATALOGUE_VIEW),
    ALERTS(Permission.ALERT_VIEW),
    DASHBOARD(Permission.REPORTS_VIEW);

    private final List<Permission> permissions;

    RealtimeTopic(Permission... permissions) {
        this.permissions = List.of(permissions);
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<RealtimeTopic> fromWireName(String value) {
        return WireNames.parse(RealtimeTopic.class, value);
    }

    /** Any one of these lets a person subscribe. */
    public List<Permission> permissions() {
        return permissions;
    }

    public boolean allowedFor(Caller caller) {
        return permissions.stream().anyMatch(caller::may);
    }
}
