package cloud.olympus.server.workforce.internal;

import cloud.olympus.model.auth.Permission;
import java.util.EnumSet;
import java.util.Set;

/** What a staff role may never add: the powers of owners and admins over the business itself. */
public final class StaffRolePolicy {

    public static final Set<Permission> NEVER_GRANTED = Set.copyOf(EnumSet.of(Permission.LOCATION_CREATE, Permission.USER_ADMIN,
            Permission.TENANT_SETTINGS, Permission.STAFF_ADMIN, Permission.AUDIT_VIEW, Permission.OPERATIONS_VIEW,
            Permission.LOCATION_ACT));

    private StaffRolePolicy() {
    }
}
