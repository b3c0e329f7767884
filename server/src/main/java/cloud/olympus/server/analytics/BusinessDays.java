package cloud.olympus.server.analytics;

import cloud.olympus.server.platform.TenantSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The business days the sales rollups are read by, the same for the dashboard, the queries and the
 * assistant: a day runs from the business-day start on the business's clock to the next day's. The
 * rollups count whole hours, so a business day starting within an hour starts with that hour.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /** The local time a business day starts at, to the hour. */
    public static LocalTime startTime(TenantSettings settings) {
        return settings.businessDayStart().truncatedTo(ChronoUnit.HOURS);
    }

    /** When a business day begins. */
    public static Instant start(LocalDate day, TenantSettings settings) {
        return day.atTime(startTime(settings)).atZone(settings.zone()).toInstant();
    }

    /** The business day under way at an instant, as the rollups count it. */
    public static LocalDate dateOf(Instant at, TenantSettings settings) {
        var local = at.atZone(settings.zone());
        return local.toLocalTime().isBefore(startTime(settings)) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
