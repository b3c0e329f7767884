package cloud.olympus.server.shared.tenancy;

import io.micrometer.context.ThreadLocalAccessor;
import java.util.UUID;

/**
 * Lets the tenant of a request follow its work onto other threads, for code that hands work on with
 * context propagation (GraphQL's data fetchers and subscriptions do): captured where the request
 * set it, put back around each piece of work, removed after. Registered for Java's service loader
 * in {@code META-INF/services}.
 */
public final class TenantContextAccessor implements ThreadLocalAccessor<UUID> {

    /** Under this key the tenant travels in a Reactor or GraphQL context. */
    public static final String KEY = TenantContext.class.getName();

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public UUID getValue() {
        return TenantContext.current().orElse(null);
    }

    @Override
    public void setValue(UUID tenantId) {
        TenantContext.set(tenantId);
    }

    @Override
    public void setValue() {
        TenantContext.clear();
    }
}
