package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A user of the business who works shifts: their job, pay rate, the places they work at and their
 * skills. {@code active} is the profile's (a retired one works no more shifts); {@code userActive}
 * false says the user was deactivated and cannot log in.
 */
public record StaffMember(UUID id, UUID userId, String displayName, String email, String staffRole, BigDecimal hourlyRate,
                          List<UUID> locationIds, List<String> skills, boolean active, boolean userActive) {

    /** A profile of a user who may log in. */
    public StaffMember(UUID id, UUID userId, String displayName, String email, String staffRole, BigDecimal hourlyRate,
                       List<UUID> locationIds, List<String> skills, boolean active) {
        this(id, userId, displayName, email, staffRole, hourlyRate, locationIds, skills, active, true);
    }

    public boolean worksAt(UUID locationId) {
        return locationIds.contains(locationId);
    }
}
