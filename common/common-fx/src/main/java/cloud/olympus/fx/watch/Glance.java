package cloud.olympus.fx.watch;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.List;

/**
 * What the watch knows of the business at one moment: the orders still under way and the alerts
 * still open, as the server answered them {@code asOf}.
 */
public record Glance(List<OrderSummary> orders, List<Alert> alerts, Instant asOf) {

    public Glance {
        orders = List.copyOf(orders);
        alerts = List.copyOf(alerts);
    }
}
