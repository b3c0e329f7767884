package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can log in to one tenant, unless deactivated ({@code deactivatedAt} set): then they
 * cannot log in, but stay a user, named in what they did.
 */
public record User(UUID id, UUID tenantId, String email, String phone, String displayName, Set<Role> roles,
                   Map<String, Object> metadata, Instant lastLogin, Instant createdAt, Instant updatedAt, Instant deactivatedAt) {

    public boolean active() {
        return deactivatedAt == null;
    }
}
