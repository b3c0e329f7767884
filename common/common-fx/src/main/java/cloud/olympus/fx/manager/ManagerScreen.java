package cloud.olympus.fx.manager;

import cloud.olympus.client.api.Session;
import cloud.olympus.model.auth.Permission;
import java.util.Arrays;
import java.util.List;

/** The manager app's screens, in the order they are offered, each with what a person must be allowed to see it. */
public enum ManagerScreen {
    ORDERS("orders", Permission.ORDER_VIEW),
    ALERTS("alerts", Permission.ALERT_VIEW),
    APPROVALS("approvals", Permission.APPROVAL_DECIDE),
    COUNT("count", Permission.STOCK_ADJUST),
    STAFF("staff", Permission.STAFF_VIEW),
    TODAY("today", Permission.REPORTS_VIEW),
    ASK("ask", Permission.REPORTS_VIEW);

    private final String id;
    private final Permission needs;

    ManagerScreen(String id, Permission needs) {
        this.id = id;
        this.needs = needs;
    }

    /** The screen's name in ids, file names and message keys ({@code mobile.screen.<id>}). */
    public String id() {
        return id;
    }

    /** Whether {@code session} may see this screen. */
    public boolean allowedFor(Session session) {
        return session.may(needs);
    }

    /** The screens {@code session} may see. */
    public static List<ManagerScreen> allowed(Session session) {
        return Arrays.stream(values()).filter(s -> s.allowedFor(session)).toList();
    }
}
