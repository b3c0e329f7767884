package cloud.olympus.server.workforce;

import java.util.UUID;

/** Someone saw to a staffing alert. */
public record StaffingAlertAcknowledged(UUID tenantId, UUID alertId, UUID acknowledgedBy) {
}
