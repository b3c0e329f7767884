package cloud.olympus.server.realtime;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import java.util.List;
import java.util.Optional;

/**
 * What a live screen can subscribe to, each open to whoever holds one of its permissions: orders
 * ({@code order.*}, {@code payment.captured}), inventory (stock levels and stock alerts), alerts
 * (every alert a person should see), the dashboard (the day's sales) and approvals (requests for a
 * manager's approval: every one for those who decide them, one's own decisions for whoever asked).
 */
public enum RealtimeTopic {
    ORDERS(Permission.ORDER_VIEW),
    INVENTORY(Permission.STOCK_VIEW, Permission.CATALOGUE_VIEW),
    ALERTS(Permission.ALERT_VIEW),
    DASHBOARD(Permission.REPORTS_VIEW),
    /** Those who may only ask hear of their own requests alone ({@link #seesAll}). */
    APPROVALS(Permission.APPROVAL_DECIDE, Permission.ORDER_CREATE);

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

    /** Whether the caller hears every event of the topic, rather than only those about their own requests. */
    public boolean seesAll(Caller caller) {
        return this != APPROVALS || caller.may(Permission.APPROVAL_DECIDE);
    }
}
