package cloud.olympus.client.reports;

import cloud.olympus.client.OlympusClient;
import java.time.LocalDate;
import java.util.UUID;

/** The reports a manager reads: a day's Z report, sales over days, hours and labour cost. */
public class ReportsApi {

    private final OlympusClient client;

    public ReportsApi(OlympusClient client) {
        this.client = client;
    }

    /** The Z report of {@code date} at a location (the business itself when null). */
    public ZReport z(UUID locationId, LocalDate date) {
        return client.get("/api/v1/reports/z?date=" + date + location(locationId), ZReport.class);
    }

    public SalesReport sales(UUID locationId, LocalDate from, LocalDate to) {
        return client.get("/api/v1/reports/sales?from=" + from + "&to=" + to + location(locationId), SalesReport.class);
    }

    public TimesheetReport timesheets(UUID locationId, LocalDate from, LocalDate to) {
        return client.get("/api/v1/reports/timesheets?from=" + from + "&to=" + to + location(locationId), TimesheetReport.class);
    }

    private static String location(UUID locationId) {
        return locationId == null ? "" : "&location_id=" + locationId;
    }
}
