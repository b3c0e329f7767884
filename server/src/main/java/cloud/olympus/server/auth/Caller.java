package cloud.olympus.server.auth;

import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making the current request: the user, the tenant they belong to, the tenant they act
 * for (a location of their organisation, or their own), their roles, the permissions their
 * business adds for them ({@code extra}), and the registered terminal they logged in on with their
 * PIN ({@code deviceId}, null for any other login).
 */
public record Caller(UUID userId, UUID homeTenantId, UUID actingTenantId, Set<Role> roles, Set<Permission> extra,
                     UUID deviceId) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        extra = extra.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(extra));
    }

    /** A caller with only what their roles grant, not on a registered terminal. */
    public Caller(UUID userId, UUID homeTenantId, UUID actingTenantId, Set<Role> roles) {
        this(userId, homeTenantId, actingTenantId, roles, Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the caller may do what {@code permission} covers: their roles grant it by the access
     * table, or their business adds it for them ({@link ExtraPermissions}, in {@link #extra}).
     */
    public boolean may(Permission permission) {
        return AccessPolicy.allows(roles, permission) || extra.contains(permission);
    }

    /** Everything the caller may do. */
    public Set<Permission> permissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        all.addAll(AccessPolicy.permissionsOf(roles));
        all.addAll(extra);
        return all;
    }

    /** Whether the caller may grant every one of {@code granted}. */
    public boolean mayGrant(Set<Role> granted) {
        return granted.stream().allMatch(g -> roles.stream().anyMatch(r -> r.mayGrant(g)));
    }
}
