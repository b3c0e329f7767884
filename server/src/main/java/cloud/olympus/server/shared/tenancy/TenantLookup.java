package cloud.olympus.server.shared.tenancy;

import java.util.Optional;
import java.util.UUID;

/**
 * The two questions about tenants that must be answered before a tenant is in context: which
 * tenant a slug names (for login), and whether one tenant is a location of another (for an
 * organisation's owners acting for its locations). Implemented by the platform module.
 */
public interface TenantLookup {

    /** The live tenant with this slug. */
    Optional<UUID> resolveSlug(String slug);

    /** Whether {@code organisationId} is the parent of the live tenant {@code locationId}. */
    boolean isLocationOf(UUID locationId, UUID organisationId);
}
