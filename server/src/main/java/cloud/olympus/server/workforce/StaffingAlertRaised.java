package cloud.olympus.server.workforce;

import java.util.UUID;

/** An hour at a place was found short of people, or found short again; the alert lives at that place ({@code tenantId}). */
public record StaffingAlertRaised(UUID tenantId, UUID alertId) {
}
