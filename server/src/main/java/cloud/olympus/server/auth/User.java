package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A person who can log in to one tenant. */
public record User(UUID id, UUID tenantId, String email, String phone, String displayName, Set<Role> roles,
                   Map<String, Object> metadata, Instant lastLogin, Instant createdAt, Instant updatedAt) {
}
