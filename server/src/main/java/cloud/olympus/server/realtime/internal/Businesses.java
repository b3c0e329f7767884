package cloud.olympus.server.realtime.internal;

import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.Tenants;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which business a tenant's events belong to: a location's go to its organisation's journal, an
 * organisation's to its own. A location never changes organisation, so the answer is kept.
 */
@Component
public class Businesses {

    private final Tenants tenants;
    private final Cache<UUID, UUID> businessOf = Caffeine.newBuilder().maximumSize(100_000).build();

    Businesses(Tenants tenants) {
        this.tenants = tenants;
    }

    public UUID of(UUID tenantId) {
        return businessOf.get(tenantId, id -> tenants.find(id).filter(Tenant::isLocation).map(Tenant::parentId).orElse(id));
    }
}
