package cloud.olympus.server.platform.internal;

import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the security layer's tenant questions from the tenants table. */
@Component
class PlatformTenantLookup implements TenantLookup {

    private final Tenants tenants;

    PlatformTenantLookup(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<UUID> resolveSlug(String slug) {
        return tenants.resolveSlug(slug);
    }

    @Override
    public boolean isLocationOf(UUID locationId, UUID organisationId) {
        return tenants.isLocationOf(locationId, organisationId);
    }
}
