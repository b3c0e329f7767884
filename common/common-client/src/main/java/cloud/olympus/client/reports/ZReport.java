package cloud.olympus.client.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The end of a business day at one location ({@code GET /api/v1/reports/z}), with its cash drawers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZReport(UUID locationId, String locationName, LocalDate businessDate, String currency, long orders,
                      BigDecimal sales, BigDecimal refunds, long items, BigDecimal subtotal, BigDecimal discounts, BigDecimal tax,
                      BigDecimal tips, BigDecimal total, List<Tender> tenders, List<Drawer> drawers, DrawerTotals drawerTotals) {

    public ZReport {
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        drawers = drawers == null ? List.of() : List.copyOf(drawers);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tender(String method, BigDecimal amount, long payments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Drawer(UUID drawerId, UUID terminalId, String terminalName, Instant openedAt, Instant closedAt, BigDecimal openingFloat,
                         BigDecimal cashSales, BigDecimal cashTips, BigDecimal cashRefunds, BigDecimal payIns, BigDecimal payOuts,
                         BigDecimal expected, BigDecimal counted, BigDecimal variance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DrawerTotals(BigDecimal expected, BigDecimal counted, BigDecimal variance, int open, BigDecimal openExpected) {
    }
}
