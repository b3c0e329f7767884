package cloud.olympus.server.auth.internal;

import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.ExtraPermissions;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Everything a person may do: what their roles grant by the access table, and what their business
 * adds for them ({@link ExtraPermissions}). The one place permissions of a token are worked out.
 */
@Component
public class GrantedPermissions {

    private final ObjectProvider<ExtraPermissions> extras;

    GrantedPermissions(ObjectProvider<ExtraPermissions> extras) {
        this.extras = extras;
    }

    public Set<Permission> of(UUID tenantId, UUID userId, Collection<Role> roles) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        granted.addAll(AccessPolicy.permissionsOf(roles));
        granted.addAll(extra(tenantId, userId));
        return granted;
    }

    /** What the person's business adds to their roles. */
    public Set<Permission> extra(UUID tenantId, UUID userId) {
        return extras.getIfAvailable(() -> ExtraPermissions.NONE).of(tenantId, userId);
    }
}
