package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Reading and acting as one of the caller's locations, from the organisation's own login, with a
 * {@code location_id}: the business itself (or none) stays the business; one of its locations is
 * that location; anything else (another business's location, a sibling, an id that is no tenant) is
 * not found, as on the dashboard.
 */
@Component
public class Locations {

    private final TenantLookup tenants;

    Locations(TenantLookup tenants) {
        this.tenants = tenants;
    }

    /** The tenant {@code locationId} names for the caller's business; a 404 when it is none of its own. */
    public UUID tenantFor(UUID locationId) {
        UUID caller = TenantContext.require();
        if (locationId == null || locationId.equals(caller)) {
            return caller;
        }
        if (!tenants.isLocationOf(locationId, caller)) {
            throw ApiProblem.notFound("Location");
        }
        return locationId;
    }

    /** {@code work} done as the tenant {@code locationId} names (see {@link #tenantFor}). */
    public <T> T callAt(UUID locationId, Supplier<T> work) {
        return TenantContext.callAs(tenantFor(locationId), work);
    }
}
