package cloud.olympus.server.platform;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import java.util.Optional;
import java.util.UUID;

/**
 * What it takes to open a tenant. A business needs its first owner; a location may have none,
 * since the owners of its organisation already act for it.
 */
public record NewTenant(String slug, String name, Industry industry, Tier tier, Optional<UUID> parentId,
                        Optional<FirstOwner> owner) {

    public record FirstOwner(String email, String password, String displayName) {
    }
}
