package cloud.olympus.fx.watch;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.List;

/**
 * What the watch knows of the business at one moment: the orders still under way, the alerts
 * still open and the wearer's time clock (null for someone without one), as the server answered
 * them {@code asOf}.
 */
public record Glance(List<OrderSummary> orders, List<Alert> alerts, TimeClock clock, Instant asOf) {

    public Glance {
        orders = List.copyOf(orders);
        alerts = List.copyOf(alerts);
    }

    /** A glance for someone without a time clock. */
    public Glance(List<OrderSummary> orders, List<Alert> alerts, Instant asOf) {
        this(orders, alerts, null, asOf);
    }
}
