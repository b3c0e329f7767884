package cloud.olympus.client.api;

import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is logged in: their user and business, their roles, what they may do, and the name their
 * receipts carry ({@code displayName}, null when they have none). Online the permissions are the
 * server's answer; offline they follow from the roles through {@link AccessPolicy}, the same table.
 */
public record Session(UUID userId, UUID tenantId, Set<Role> roles, Set<Permission> permissions, String displayName) {

    public Session {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        permissions = Set.copyOf(permissions);
    }

    /** A session whose permissions are those its roles grant; for a till logged in without the server. */
    public static Session fromRoles(UUID userId, UUID tenantId, Set<Role> roles, String displayName) {
        return new Session(userId, tenantId, roles, AccessPolicy.permissionsOf(roles), displayName);
    }

    /** Whether this person may do {@code permission}. */
    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The name on receipts, when the user has one. */
    public Optional<String> name() {
        return displayName == null || displayName.isBlank() ? Optional.empty() : Optional.of(displayName.trim());
    }
}
