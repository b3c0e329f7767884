package cloud.olympus.server.analytics.internal;

import cloud.olympus.server.analytics.AnalyticsRollups;
import cloud.olympus.server.customer.CustomerErased;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * An erased customer's days of buying leave the rollups (and with them their visits summary); their
 * orders no longer name them, so a rebuild does not bring the days back.
 */
@Component
class CustomerErasureListener {

    private static final String LISTENER = "analytics";

    private final AnalyticsRollups rollups;
    private final ParkedEvents parked;
    private final DashboardCache dashboards;

    CustomerErasureListener(AnalyticsRollups rollups, ParkedEvents parked, DashboardCache dashboards) {
        this.rollups = rollups;
        this.parked = parked;
        this.dashboards = dashboards;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerErased event) {
        parked.handle(event.tenantId(), LISTENER, event, () -> rollups.forgetCustomer(event.customerId()));
        dashboards.invalidate(event.tenantId());
    }
}
