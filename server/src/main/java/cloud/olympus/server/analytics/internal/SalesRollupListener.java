package cloud.olympus.server.analytics.internal;

import cloud.olympus.server.analytics.AnalyticsRollups;
import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The hourly rollups follow orders: after an order completes (or is refunded) and its transaction
 * has committed, the event registry hands it here, at least once; the rollups count it once. The
 * tenant comes from the event; an event the rollups cannot take is parked with the reason. Once
 * counted, the dashboards that cover the tenant are read afresh.
 */
@Component
class SalesRollupListener {

    private static final String LISTENER = "analytics";

    private final AnalyticsRollups rollups;
    private final ParkedEvents parked;
    private final DashboardCache dashboards;

    SalesRollupListener(AnalyticsRollups rollups, ParkedEvents parked, DashboardCache dashboards) {
        this.rollups = rollups;
        this.parked = parked;
        this.dashboards = dashboards;
    }

    @Async
    @TransactionalEventListener
    void on(OrderCompleted event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> rollups.completed(event));
        dashboards.invalidate(event.tenantId());
    }

    @Async
    @TransactionalEventListener
    void on(OrderRefunded event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> rollups.refunded(event));
        dashboards.invalidate(event.tenantId());
    }
}
