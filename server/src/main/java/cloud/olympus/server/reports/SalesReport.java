package cloud.olympus.server.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Sales over business days {@code from} to {@code to} (both included), at one location or the
 * business with its locations (null): totals, each day, each category and item (units and line
 * totals), each tender. Revenue is net of refunds, as the rollups count it.
 */
public record SalesReport(LocalDate from, LocalDate to, UUID locationId, String currency, Day totals, List<Day> days,
                          List<Share> categories, List<Share> items, List<ZReport.Tender> tenders) {

    /** A day's orders, revenue, refunds and units (the totals: the whole run). */
    public record Day(LocalDate date, long orders, BigDecimal revenue, BigDecimal refunds, long items) {
    }

    /** A category's or item's revenue and units. */
    public record Share(UUID id, String name, BigDecimal revenue, long quantity) {
    }
}
