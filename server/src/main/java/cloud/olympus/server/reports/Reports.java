package cloud.olympus.server.reports;

import cloud.olympus.server.analytics.AnalyticsQueries;
import cloud.olympus.server.analytics.AnalyticsQuery;
import cloud.olympus.server.analytics.AnalyticsQuery.Dimension;
import cloud.olympus.server.analytics.AnalyticsQuery.Metric;
import cloud.olympus.server.analytics.BusinessDays;
import cloud.olympus.server.analytics.QueryResult;
import cloud.olympus.server.commerce.CashDrawer;
import cloud.olympus.server.commerce.CashDrawers;
import cloud.olympus.server.commerce.DayTakings;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.Timesheets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Puts the reports together from the other modules' figures: sales from the analytics rollups
 * (never the orders themselves, except a day's discounts, tax per class, tips and refunds per
 * tender, which the rollups do not keep), cash from the drawers, hours from the time entries. A location is the business itself or
 * one of its locations; anything else is not there (404).
 */
@Service
public class Reports {

    /** The longest run of days a sales report covers. */
    public static final int MAX_DAYS = 366;
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private final AnalyticsQueries analytics;
    private final DayTakings takings;
    private final CashDrawers drawers;
    private final Timesheets timesheets;
    private final Tenants tenants;

    Reports(AnalyticsQueries analytics, DayTakings takings, CashDrawers drawers, Timesheets timesheets, Tenants tenants) {
        this.analytics = analytics;
        this.takings = takings;
        this.drawers = drawers;
        this.timesheets = timesheets;
        this.tenants = tenants;
    }

    /** The Z report of {@code date} at {@code locationId} (the business in context when null). */
    public ZReport z(UUID locationId, LocalDate date) {
        UUID location = location(locationId);
        check(date, "date");
        TenantSettings settings = tenants.settingsOf(location);
        AnalyticsQuery.Filters here = new AnalyticsQuery.Filters(null, null, location, null);
        List<Map<String, Object>> day = rows(analytics.run(new AnalyticsQuery(Metric.REVENUE,
                List.of(Metric.ORDERS, Metric.REFUNDS, Metric.ITEMS), List.of(), here, date, date, null, 1, null)));
        Map<String, Object> sums = day.isEmpty() ? Map.of() : day.get(0);
        List<ZReport.Tender> tenders = tenders(here, date, date);
        var from = BusinessDays.start(date, settings);
        var to = BusinessDays.start(date.plusDays(1), settings);
        DayTakings.Takings taken = TenantContext.callAs(location, () -> takings.of(date));
        List<CashDrawer> ofDay = TenantContext.callAs(location, () -> drawers.openedBetween(from, to));
        List<ZReport.Tax> taxes = TenantContext.callAs(location, () -> takings.taxes(date)).stream()
                .map(t -> new ZReport.Tax(t.taxClass(), settings.taxRates().rateOf(t.taxClass()).orElse(null), t.taxable(), t.tax()))
                .toList();
        List<ZReport.TenderRefund> refunded = TenantContext.callAs(location, () -> takings.refunds(date)).stream()
                .map(r -> new ZReport.TenderRefund(r.method(), r.amount(), r.refunds())).toList();
        List<ZReport.Drawer> drawerLines = new ArrayList<>();
        BigDecimal expected = zero(settings);
        BigDecimal counted = zero(settings);
        BigDecimal variance = zero(settings);
        BigDecimal openExpected = zero(settings);
        int open = 0;
        for (CashDrawer d : ofDay) {
            CashDrawer.Reckoning r = d.reckoning();
            drawerLines.add(new ZReport.Drawer(d.id(), d.terminalId(), d.terminalName(), d.openedAt(), d.closedAt(), r.openingFloat(), r.cashSales(),
                    r.cashTips(), r.cashRefunds(), r.payIns(), r.payOuts(), r.expected(), r.counted(), r.variance(),
                    d.managerClose() == null ? null : d.managerClose().reason()));
            if (d.open()) {
                open++;
                openExpected = openExpected.add(r.expected());
            } else if (r.counted() != null) {
                // Expected, counted and variance over the same drawers, the counted ones, so they add up.
                expected = expected.add(r.expected());
                counted = counted.add(r.counted());
                variance = variance.add(r.variance());
            }
        }
        return new ZReport(location, tenants.find(location).map(Tenant::name).orElse(""), date, from, to,
                settings.currency().getCurrencyCode(), whole(sums.get("orders")), money(sums.get("revenue"), settings),
                money(sums.get("refunds"), settings), whole(sums.get("items")), taken.subtotal(), taken.discounts(), taken.tax(),
                taken.tips(), taken.total(), tenders, drawerLines, new ZReport.DrawerTotals(expected, counted, variance, open,
                openExpected), taxes, refunded);
    }

    /** Sales from {@code from} to {@code to}, business days both included, at a location or everywhere (null). */
    public SalesReport sales(UUID locationId, LocalDate from, LocalDate to) {
        UUID location = locationId == null ? null : location(locationId);
        check(from, "from");
        check(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidInput("from must not be after to").field("from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInput("from and to may be at most " + MAX_DAYS + " days apart").field("to");
        }
        TenantSettings settings = tenants.settingsOf(location == null ? TenantContext.require() : location);
        AnalyticsQuery.Filters where = new AnalyticsQuery.Filters(null, null, location, null);
        List<Metric> counts = List.of(Metric.ORDERS, Metric.REFUNDS, Metric.ITEMS);
        List<SalesReport.Day> days = new ArrayList<>();
        for (Map<String, Object> row : rows(analytics.run(new AnalyticsQuery(Metric.REVENUE, counts, List.of(Dimension.DAY), where,
                from, to, null, MAX_DAYS + 1, AnalyticsQuery.Order.DIMENSIONS)))) {
            days.add(new SalesReport.Day(LocalDate.parse(String.valueOf(row.get("day"))), whole(row.get("orders")),
                    money(row.get("revenue"), settings), money(row.get("refunds"), settings), whole(row.get("items"))));
        }
        SalesReport.Day totals = new SalesReport.Day(null, days.stream().mapToLong(SalesReport.Day::orders).sum(),
                days.stream().map(SalesReport.Day::revenue).reduce(zero(settings), BigDecimal::add),
                days.stream().map(SalesReport.Day::refunds).reduce(zero(settings), BigDecimal::add),
                days.stream().mapToLong(SalesReport.Day::items).sum());
        return new SalesReport(from, to, location, settings.currency().getCurrencyCode(), totals, days,
                shares(where, from, to, Dimension.CATEGORY, "category", settings),
                shares(where, from, to, Dimension.PRODUCT, "item", settings), tenders(where, from, to));
    }

    /** Hours, breaks and labour cost per person who clocked in at {@code locationId} from {@code from} to {@code to}. */
    public Timesheets.Sheet timesheets(UUID locationId, LocalDate from, LocalDate to) {
        UUID location = location(locationId);
        check(from, "from");
        check(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidInput("from must not be after to").field("from");
        }
        return TenantContext.callAs(location, () -> timesheets.between(from, to));
    }

    private List<ZReport.Tender> tenders(AnalyticsQuery.Filters where, LocalDate from, LocalDate to) {
        List<ZReport.Tender> tenders = new ArrayList<>();
        for (Map<String, Object> row : rows(analytics.run(new AnalyticsQuery(Metric.REVENUE, List.of(Metric.ORDERS),
                List.of(Dimension.PAYMENT_METHOD), where, from, to, null, 100, AnalyticsQuery.Order.DESC)))) {
            tenders.add(new ZReport.Tender(String.valueOf(row.get("payment_method")), (BigDecimal) row.get("revenue"),
                    whole(row.get("orders"))));
        }
        return tenders;
    }

    private List<SalesReport.Share> shares(AnalyticsQuery.Filters where, LocalDate from, LocalDate to, Dimension by, String key,
                                           TenantSettings settings) {
        List<SalesReport.Share> shares = new ArrayList<>();
        for (Map<String, Object> row : rows(analytics.run(new AnalyticsQuery(Metric.REVENUE, List.of(Metric.QUANTITY), List.of(by),
                where, from, to, null, AnalyticsQuery.MAX_LIMIT, AnalyticsQuery.Order.DESC)))) {
            Object id = row.get(key + "_id");
            shares.add(new SalesReport.Share(id == null ? null : UUID.fromString(id.toString()), (String) row.get(key + "_name"),
                    money(row.get("revenue"), settings), whole(row.get("quantity"))));
        }
        return shares;
    }

    /** The rows of a query's answer, each as its columns by name. */
    private static List<Map<String, Object>> rows(QueryResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> named = new java.util.HashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                named.put(result.columns().get(i), row.get(i));
            }
            rows.add(named);
        }
        return rows;
    }

    /** The business in context, or one of its locations, open or closed (reports only read). */
    private UUID location(UUID requested) {
        UUID caller = TenantContext.require();
        if (requested == null || requested.equals(caller)) {
            return caller;
        }
        if (!tenants.isReadableLocationOf(requested, caller)) {
            throw new NotFound("Location");
        }
        return requested;
    }

    private static void check(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInput(field + " is required, as YYYY-MM-DD").field(field);
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidInput(field + " must be in the years 2000 to 2099").field(field);
        }
    }

    private static BigDecimal money(Object value, TenantSettings settings) {
        return value == null ? zero(settings) : new BigDecimal(value.toString()).setScale(settings.scale(), java.math.RoundingMode.HALF_UP);
    }

    private static long whole(Object value) {
        return value == null ? 0 : new BigDecimal(value.toString()).longValueExact();
    }

    private static BigDecimal zero(TenantSettings settings) {
        return BigDecimal.ZERO.setScale(settings.scale());
    }
}
