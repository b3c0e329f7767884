package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A staff profile as asked for; on a change, null leaves a field as it is. */
public record StaffDetails(UUID userId, String staffRole, BigDecimal hourlyRate, List<UUID> locationIds, List<String> skills,
                           Boolean active) {
}
