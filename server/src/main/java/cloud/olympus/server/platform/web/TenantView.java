package cloud.olympus.server.platform.web;

import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.Tenants;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A tenant on the wire; {@code active} is false only for a closed location listed with its organisation's. */
record TenantView(UUID id, String slug, String name, String industry, String tier, UUID parentId,
                  Map<String, Object> settings, Map<String, Object> features, Map<String, Object> branding,
                  Instant createdAt, Instant updatedAt, boolean active) {

    static TenantView of(Tenant t) {
        return of(t, true);
    }

    static TenantView of(Tenants.Location location) {
        return of(location.tenant(), location.open());
    }

    private static TenantView of(Tenant t, boolean active) {
        return new TenantView(t.id(), t.slug(), t.name(), t.industry().wireName(), t.tier().wireName(), t.parentId(),
                t.settings(), t.features(), t.branding(), t.createdAt(), t.updatedAt(), active);
    }
}
