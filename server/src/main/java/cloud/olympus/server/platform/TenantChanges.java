package cloud.olympus.server.platform;

import cloud.olympus.model.tenant.Tier;
import java.util.Map;
import java.util.Optional;

/**
 * A partial update of a tenant. Settings, features and branding are merged key by key; a key
 * given as null is removed.
 */
public record TenantChanges(Optional<String> name, Optional<Tier> tier, Optional<Map<String, Object>> settings,
                            Optional<Map<String, Object>> features, Optional<Map<String, Object>> branding) {

    public static TenantChanges none() {
        return new TenantChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
