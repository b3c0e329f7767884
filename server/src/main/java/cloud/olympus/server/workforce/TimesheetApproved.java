package cloud.olympus.server.workforce;

import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/**
 * A manager approved ({@code approved}) or withdrew the approval of one person's time entries of the
 * days {@code from} to {@code to}; {@code entries} is how many changed.
 */
public record TimesheetApproved(UUID tenantId, UUID staffId, LocalDate from, LocalDate to, boolean approved, int entries,
                                UUID by, Instant at, UUID deviceId) {
}
