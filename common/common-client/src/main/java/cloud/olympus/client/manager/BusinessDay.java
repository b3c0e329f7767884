package cloud.olympus.client.manager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How a business counts its days: on its clock ({@code timezone}), each from its business-day start
 * ({@code business_day_starts_at}) to the next day's, so a sale at 01:30 in a business whose days
 * start at 04:00 belongs to the day before, as the server counts it.
 */
public record BusinessDay(ZoneId zone, LocalTime startsAt) {

    /** Days from midnight, in {@code zone}: for a business whose settings cannot be read. */
    public static BusinessDay midnight(ZoneId zone) {
        return new BusinessDay(zone, LocalTime.MIDNIGHT);
    }

    /** The business day under way at {@code instant}. */
    public LocalDate dateAt(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalTime().isBefore(startsAt) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /** The hour of the business's clock its days start with (the start of that hour counts as the day's). */
    public int firstHour() {
        return startsAt.getHour();
    }
}
