package cloud.olympus.server.workforce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A business changed what a staff role adds to its people's permissions (wire names, sorted). */
public record StaffRolePermissionsChanged(UUID tenantId, String code, List<String> before, List<String> after, UUID changedBy,
                                          Instant at) {
}
