package cloud.olympus.server.platform;

import cloud.olympus.server.shared.domain.NotFound;

/** No such tenant, or none the caller may see. */
public class TenantNotFound extends NotFound {

    public TenantNotFound() {
        super("Tenant");
    }
}
