package cloud.olympus.server.platform.web;

import cloud.olympus.server.platform.Tenant;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A tenant on the wire. */
record TenantView(UUID id, String slug, String name, String industry, String tier, UUID parentId,
                  Map<String, Object> settings, Map<String, Object> features, Map<String, Object> branding,
                  Instant createdAt, Instant updatedAt) {

    static TenantView of(Tenant t) {
        return new TenantView(t.id(), t.slug(), t.name(), t.industry().wireName(), t.tier().wireName(), t.parentId(),
                t.settings(), t.features(), t.branding(), t.createdAt(), t.updatedAt());
    }
}
