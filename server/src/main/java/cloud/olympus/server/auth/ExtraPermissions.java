package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Permission;
import java.util.Set;
import java.util.UUID;

/**
 * Permissions a person has beyond what their access roles grant by the access table: what their
 * business lets their job do (a bartender entering open prices, say). Asked once per request, so an
 * implementation keeps its answers briefly. Without one, nobody has any.
 */
public interface ExtraPermissions {

    ExtraPermissions NONE = (tenantId, userId) -> Set.of();

    /** What {@code userId}, a user of {@code tenantId}, may do beyond their roles; empty when nothing. */
    Set<Permission> of(UUID tenantId, UUID userId);
}
