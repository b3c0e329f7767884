package cloud.olympus.server.workforce;

import java.time.Instant;
import java.util.UUID;

/** Someone clocked in, started or ended a break, or clocked out ({@code action}: clocked_in, break_started, break_ended, clocked_out). */
public record TimeClockPunched(UUID tenantId, UUID entryId, UUID staffId, UUID userId, UUID locationId, String action,
                               Instant at) {
}
