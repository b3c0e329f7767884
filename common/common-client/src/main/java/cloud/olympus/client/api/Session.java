package cloud.olympus.client.api;

import java.util.Set;
import java.util.UUID;

/** Who is logged in at the till, read from the access token. */
public record Session(UUID userId, UUID tenantId, Set<String> roles) {

    public boolean isManager() {
        return roles.contains("owner") || roles.contains("admin") || roles.contains("manager");
    }
}
