package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.platform.TenantSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The business a question is answered for, with its calendar, currency and the business day under way;
 * {@code locations} are the locations its sales add up with when it is an organisation asked as a whole.
 */
public record Place(UUID tenantId, String name, TenantSettings settings, LocalDate today, List<UUID> locations) {

    public Place {
        locations = List.copyOf(locations);
    }

    /** The businesses whose orders count: the place, and its locations when asked as a whole. */
    public List<UUID> sellers() {
        List<UUID> sellers = new java.util.ArrayList<>();
        sellers.add(tenantId);
        sellers.addAll(locations);
        return sellers;
    }

    /** When a business day begins, on the business's clock. */
    public Instant start(LocalDate day) {
        return day.atTime(settings.businessDayStart()).atZone(settings.zone()).toInstant();
    }

    public String currency() {
        return settings.currency().getCurrencyCode();
    }
}
