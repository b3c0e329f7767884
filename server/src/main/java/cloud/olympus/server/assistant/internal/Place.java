package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.platform.TenantSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The business a question is answered for, with its calendar, currency and the business day under way. */
public record Place(UUID tenantId, String name, TenantSettings settings, LocalDate today) {

    /** When a business day begins, on the business's clock. */
    public Instant start(LocalDate day) {
        return day.atTime(settings.businessDayStart()).atZone(settings.zone()).toInstant();
    }

    public String currency() {
        return settings.currency().getCurrencyCode();
    }
}
