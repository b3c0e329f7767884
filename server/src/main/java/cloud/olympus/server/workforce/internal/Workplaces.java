package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Finds the places labour is counted for, and reads their workforce rows wherever those live. */
@Component
public class Workplaces {

    private final Tenants tenants;
    private final LabourRepository labour;
    private final TransactionTemplate tx;

    Workplaces(Tenants tenants, LabourRepository labour, TransactionTemplate tx) {
        this.tenants = tenants;
        this.labour = labour;
        this.tx = tx;
    }

    /**
     * The place the tenant in context asks about: itself (no id) or one of its locations. Any other
     * id names nothing it may see.
     */
    public Workplace visible(UUID locationId) {
        return visible(locationId, false);
    }

    /** As {@link #visible}, a location the business closed included: for reading what happened there. */
    public Workplace readable(UUID locationId) {
        return visible(locationId, true);
    }

    private Workplace visible(UUID locationId, boolean closedToo) {
        UUID caller = TenantContext.require();
        if (locationId != null && !locationId.equals(caller) && !(closedToo ? tenants.isReadableLocationOf(locationId, caller)
                : tenants.isLocationOf(locationId, caller))) {
            throw new NotFound("Location");
        }
        return of(locationId == null ? caller : locationId);
    }

    /** Any place, for the staffing check that runs for every business. */
    public Workplace of(UUID locationId) {
        Tenant tenant = tenants.findOpenOrClosed(locationId).orElseThrow(() -> new NotFound("Location"));
        TenantSettings settings = tenants.settingsOf(locationId);
        return new Workplace(locationId, tenant.isLocation() ? tenant.parentId() : locationId, tenant.name(), settings.zone(),
                settings.businessDayStart(), settings.currency().getCurrencyCode(), settings.scale());
    }

    /** Reads from each tenant that may hold the place's workforce rows, each in its own context. */
    public <T> List<T> readAcross(Workplace place, Function<LabourRepository, List<T>> read) {
        List<T> all = new ArrayList<>();
        for (UUID owner : place.owners()) {
            List<T> rows = TenantContext.callAs(owner, () -> tx.execute(status -> read.apply(labour)));
            if (rows != null) {
                all.addAll(rows);
            }
        }
        return all;
    }
}
