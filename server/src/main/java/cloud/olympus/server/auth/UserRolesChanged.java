package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user's roles changed {@code at} that moment: what they may do is now what {@code after} allows. */
public record UserRolesChanged(UUID tenantId, UUID userId, Set<Role> before, Set<Role> after, UUID changedBy, Instant at) {
}
