package cloud.olympus.server.platform;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A business, or one location of a business when it has a parent. */
public record Tenant(UUID id, String slug, String name, Industry industry, Tier tier, UUID parentId,
                     Map<String, Object> settings, Map<String, Object> features, Map<String, Object> branding,
                     Instant createdAt, Instant updatedAt) {

    public boolean isLocation() {
        return parentId != null;
    }
}
