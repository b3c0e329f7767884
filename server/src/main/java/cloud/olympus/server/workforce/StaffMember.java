package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A user of the business who works shifts: their job, pay rate, the places they work at and their skills. */
public record StaffMember(UUID id, UUID userId, String displayName, String email, String staffRole, BigDecimal hourlyRate,
                          List<UUID> locationIds, List<String> skills, boolean active) {

    public boolean worksAt(UUID locationId) {
        return locationIds.contains(locationId);
    }
}
