package cloud.olympus.server.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A business day at a glance, read from the rollups: one location, or an organisation with its
 * locations summed. Money is at the currency's scale; percentages have one decimal.
 */
public record Dashboard(LocalDate date, String scope, UUID tenantId, String currency, Instant asOf, Sales sales,
                        List<Hour> byHour, List<Integer> peakHours, List<Product> topProducts, List<CategorySales> topCategories,
                        List<PaymentShare> paymentMix, Customers customers, Inventory inventory, Staff staff,
                        List<LocationSales> locations) {

    public static final String LOCATION = "location";
    public static final String ORGANISATION = "organisation";

    /** Revenue net of refunds, completed orders, revenue per order, refunds, units net of refunded units. */
    public record Sales(BigDecimal revenue, long orders, BigDecimal averageOrder, BigDecimal refunds, long items,
                        Comparison vsYesterday, Comparison vsLastWeek) {
    }

    /** Another day's revenue and orders, and how today's revenue differs in percent (null when that day had none). */
    public record Comparison(BigDecimal revenue, long orders, BigDecimal revenueChangePercent) {
    }

    /** One hour of the day (0 to 23 on the business's clock), and the same hour a week before. */
    public record Hour(int hour, BigDecimal revenue, long orders, BigDecimal lastWeekRevenue, long lastWeekOrders) {
    }

    public record Product(UUID itemId, String name, long quantity, BigDecimal revenue) {
    }

    public record CategorySales(UUID categoryId, String name, long quantity, BigDecimal revenue) {
    }

    public record PaymentShare(String method, BigDecimal amount, long count, BigDecimal sharePercent) {
    }

    /**
     * Customers who bought for the first time that day, who bought that day and had before, the
     * members of the loyalty scheme, and those who seem to be lapsing.
     */
    public record Customers(@JsonProperty("new") long newCustomers, long returning, long loyaltyMembers, long atRisk) {
    }

    /** Items at or below their minimum, items likely to run out within a week, and the stock's worth. */
    public record Inventory(long lowStock, long stockOutRisk, BigDecimal stockValue) {
    }

    /** People clocked in now (on today's dashboard), the day's labour cost, and labour as a percentage of revenue. */
    public record Staff(int onShiftNow, BigDecimal labourCost, BigDecimal labourPercentOfSales) {
    }

    public record LocationSales(UUID tenantId, String name, BigDecimal revenue, long orders) {
    }
}
