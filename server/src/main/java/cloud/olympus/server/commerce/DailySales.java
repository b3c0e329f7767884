package cloud.olympus.server.commerce;

import cloud.olympus.server.commerce.internal.OrderRepository;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The takings of the business day under way, for the tenant in context: what a live dashboard shows. */
@Service
public class DailySales {

    private final OrderRepository orders;
    private final Tenants tenants;
    private final Clock clock;

    DailySales(OrderRepository orders, Tenants tenants, Clock clock) {
        this.orders = orders;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SalesDay today() {
        TenantSettings settings = tenants.settingsOf(TenantContext.require());
        return orders.salesOn(settings.businessDate(clock.instant()), settings.currency().getCurrencyCode());
    }
}
