package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A business day's figures as {@code GET /api/v1/analytics/dashboard} answers them: sales with their
 * trend against yesterday and last week, sales by hour against last week, the best sellers, the
 * payment mix, customers, stock and staff; for an organisation, each of its locations too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dashboard(LocalDate date, String scope, UUID tenantId, String currency, Instant asOf, Sales sales, List<Hour> byHour,
                        List<Integer> peakHours, List<Product> topProducts, List<Category> topCategories,
                        List<PaymentShare> paymentMix, Customers customers, Inventory inventory, Staff staff,
                        List<LocationSales> locations) {

    public Dashboard {
        byHour = byHour == null ? List.of() : List.copyOf(byHour);
        peakHours = peakHours == null ? List.of() : List.copyOf(peakHours);
        topProducts = topProducts == null ? List.of() : List.copyOf(topProducts);
        topCategories = topCategories == null ? List.of() : List.copyOf(topCategories);
        paymentMix = paymentMix == null ? List.of() : List.copyOf(paymentMix);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** Whether the figures are an organisation's, rolled up over its locations. */
    public boolean organisation() {
        return "organisation".equals(scope);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sales(BigDecimal revenue, long orders, BigDecimal averageOrder, BigDecimal refunds, long items,
                        Comparison vsYesterday, Comparison vsLastWeek) {
    }

    /** The same figures on the day compared with; {@code revenueChangePercent} is null when that day sold nothing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparison(BigDecimal revenue, long orders, BigDecimal revenueChangePercent) {
    }

    /** One local hour of the day, with the same hour a week before. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hour(int hour, BigDecimal revenue, long orders, BigDecimal lastWeekRevenue, long lastWeekOrders) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Product(UUID itemId, String name, long quantity, BigDecimal revenue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(UUID categoryId, String name, long quantity, BigDecimal revenue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentShare(String method, BigDecimal amount, long count, BigDecimal sharePercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customers(@com.fasterxml.jackson.annotation.JsonProperty("new") long newCustomers, long returning, long loyaltyMembers, long atRisk) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inventory(long lowStock, long stockOutRisk, BigDecimal stockValue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Staff(int onShiftNow, BigDecimal labourCost, BigDecimal labourPercentOfSales) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocationSales(UUID tenantId, String name, BigDecimal revenue, long orders) {
    }
}
