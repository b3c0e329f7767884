package cloud.olympus.client.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sales over business days ({@code GET /api/v1/reports/sales}): totals, each day, category, item and tender. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SalesReport(LocalDate from, LocalDate to, String currency, Day totals, List<Day> days, List<Share> categories,
                          List<Share> items, List<ZReport.Tender> tenders) {

    public SalesReport {
        days = days == null ? List.of() : List.copyOf(days);
        categories = categories == null ? List.of() : List.copyOf(categories);
        items = items == null ? List.of() : List.copyOf(items);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate date, long orders, BigDecimal revenue, BigDecimal refunds, long items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Share(UUID id, String name, BigDecimal revenue, long quantity) {
    }
}
