package cloud.olympus.client.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The end of a business day at one location ({@code GET /api/v1/reports/z}), with its cash drawers,
 * its tax per tax class and its refunds per tender.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZReport(UUID locationId, String locationName, LocalDate businessDate, String currency, long orders,
                      BigDecimal sales, BigDecimal refunds, long items, BigDecimal subtotal, BigDecimal discounts, BigDecimal tax,
                      BigDecimal tips, BigDecimal total, List<Tender> tenders, List<Drawer> drawers, DrawerTotals drawerTotals,
                      List<Tax> taxes, List<TenderRefund> tenderRefunds) {

    public ZReport {
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
        drawers = drawers == null ? List.of() : List.copyOf(drawers);
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
        tenderRefunds = tenderRefunds == null ? List.of() : List.copyOf(tenderRefunds);
    }

    /** A tax class's tax: its rate now (null when it has none any more), the amount taxed and the tax. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tax(String taxClass, BigDecimal rate, BigDecimal taxable, BigDecimal tax) {
    }

    /** What was refunded to one payment method, in how many refunds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TenderRefund(String method, BigDecimal amount, long refunds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tender(String method, BigDecimal amount, long payments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Drawer(UUID drawerId, UUID terminalId, String terminalName, Instant openedAt, Instant closedAt, BigDecimal openingFloat,
                         BigDecimal cashSales, BigDecimal cashTips, BigDecimal cashRefunds, BigDecimal payIns, BigDecimal payOuts,
                         BigDecimal expected, BigDecimal counted, BigDecimal variance, String managerReason) {

        /** Whether the drawer is still open. */
        public boolean open() {
            return closedAt == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DrawerTotals(BigDecimal expected, BigDecimal counted, BigDecimal variance, int open, BigDecimal openExpected) {
    }
}
