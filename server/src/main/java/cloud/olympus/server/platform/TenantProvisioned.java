package cloud.olympus.server.platform;

import cloud.olympus.model.tenant.Industry;
import java.util.UUID;

/** A tenant was opened; modules that keep per-tenant defaults set theirs up. */
public record TenantProvisioned(UUID tenantId, String slug, Industry industry, UUID parentId) {
}
