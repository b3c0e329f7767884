package cloud.olympus.fx.watch;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.List;

/**
 * What the watch knows of the business at one moment: the orders still under way, the alerts
 * still open and the wearer's time clock (null for someone without one), as the server answered
 * them {@code asOf}, and the requests waiting for a manager's approval (for whoever decides them).
 */
public record Glance(List<OrderSummary> orders, List<Alert> alerts, TimeClock clock, Instant asOf, List<Approval> approvals) {

    public Glance {
        orders = List.copyOf(orders);
        alerts = List.copyOf(alerts);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    /** A glance without requests for approval (for someone who does not decide them). */
    public Glance(List<OrderSummary> orders, List<Alert> alerts, TimeClock clock, Instant asOf) {
        this(orders, alerts, clock, asOf, List.of());
    }

    /** A glance for someone without a time clock. */
    public Glance(List<OrderSummary> orders, List<Alert> alerts, Instant asOf) {
        this(orders, alerts, null, asOf);
    }
}
