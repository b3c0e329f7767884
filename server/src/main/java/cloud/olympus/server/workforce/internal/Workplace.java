package cloud.olympus.server.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A place where people work and sales happen: the business itself or one of its locations. Its
 * orders are the location's own; its staff's time lives with the staff member's user, at the
 * location or at its business, so both are read.
 */
public record Workplace(UUID locationId, UUID businessId, String name, ZoneId zone, LocalTime dayStart, String currency,
                        int scale) {

    /** The tenants whose workforce rows may concern this place, the place first. */
    public List<UUID> owners() {
        Set<UUID> owners = new LinkedHashSet<>();
        owners.add(locationId);
        owners.add(businessId);
        return List.copyOf(owners);
    }

    /** Where a business day starts. */
    public Instant dayStart(LocalDate date) {
        return date.atTime(dayStart).atZone(zone).toInstant();
    }
}
