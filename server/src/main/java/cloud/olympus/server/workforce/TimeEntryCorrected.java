package cloud.olympus.server.workforce;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A manager changed a time entry's times, with a reason; before and after hold {@code clock_in} and {@code clock_out}. */
public record TimeEntryCorrected(UUID tenantId, UUID entryId, UUID staffId, UUID correctedBy, Map<String, Object> before,
                                 Map<String, Object> after, String reason, Instant at) {
}
