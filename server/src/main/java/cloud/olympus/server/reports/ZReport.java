package cloud.olympus.server.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The end of one business day at one location: what was sold and how it was paid, refunds,
 * discounts, tax and tips, and each cash drawer opened that day with what it should have held
 * against what was counted. {@code sales} is net of the day's refunds, as the rollups count it;
 * {@code subtotal} to {@code total} are the day's completed orders as charged, {@code taxes} their
 * tax per tax class (adding up to {@code tax}), and {@code tenderRefunds} the refunds per tender
 * they went back to (adding up to {@code refunds}).
 */
public record ZReport(UUID locationId, String locationName, LocalDate businessDate, Instant from, Instant to, String currency,
                      long orders, BigDecimal sales, BigDecimal refunds, long items, BigDecimal subtotal, BigDecimal discounts,
                      BigDecimal tax, BigDecimal tips, BigDecimal total, List<Tender> tenders, List<Drawer> drawers,
                      DrawerTotals drawerTotals, List<Tax> taxes, List<TenderRefund> tenderRefunds) {

    /**
     * A tax class's tax: its rate as set for the business now (null when the class has none any
     * more), the amount taxed (before tax) and the tax charged on it.
     */
    public record Tax(String taxClass, BigDecimal rate, BigDecimal taxable, BigDecimal tax) {
    }

    /** What was refunded to one payment method, and in how many refunds. */
    public record TenderRefund(String method, BigDecimal amount, long refunds) {
    }

    /** One payment method: the amount taken less what was refunded to it, and how many payments. */
    public record Tender(String method, BigDecimal amount, long payments) {
    }

    /**
     * A drawer of the day, with its till's registered name; {@code counted} and {@code variance} are
     * null while it is open, and when a manager closed it without counting. {@code managerReason}:
     * a manager closed it away from its till, and why (null when its till closed it).
     */
    public record Drawer(UUID drawerId, UUID terminalId, String terminalName, Instant openedAt, Instant closedAt, BigDecimal openingFloat,
                         BigDecimal cashSales, BigDecimal cashTips, BigDecimal cashRefunds, BigDecimal payIns, BigDecimal payOuts,
                         BigDecimal expected, BigDecimal counted, BigDecimal variance, String managerReason) {
    }

    /**
     * The counted (closed) drawers together: expected, counted and variance over those only, so the
     * variance is counted less expected (a drawer a manager closed without counting is in none of them); how many are still open, and what they should hold so far.
     */
    public record DrawerTotals(BigDecimal expected, BigDecimal counted, BigDecimal variance, int open, BigDecimal openExpected) {
    }
}
