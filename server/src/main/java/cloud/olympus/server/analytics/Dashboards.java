package cloud.olympus.server.analytics;

import cloud.olympus.server.analytics.internal.DashboardCache;
import cloud.olympus.server.customer.LoyaltyMembers;
import cloud.olympus.server.inventory.StockFigures;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.LabourReport;
import cloud.olympus.server.workforce.StaffedDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard of a business day ({@link BusinessDays}, as the queries and the assistant count it),
 * from the rollups (never from the orders themselves) and a few cheap reads of other modules: the customers (new, returning, loyalty members, at risk), the
 * stock (low, likely to run out within a week, its worth) and the staff (on shift now, labour cost).
 * An organisation's dashboard sums its own figures and its locations'. Answers are cached per scope
 * and date until a sale or refund of a tenant they cover is rolled up.
 *
 * <p>A customer is at risk when their last visit up to the date is more than 60 days before it, or,
 * for a customer who came on two days or more, more than twice their usual interval between visits
 * (the span from their first visit to their last, divided by the visits less one).
 */
@Service
public class Dashboards {

    /** The days of sales an item's usual daily sales are averaged over. */
    static final int RECENT_DAYS = 28;
    /** An item whose stock would last fewer days than this at its usual daily sales may run out. */
    static final int COVER_DAYS = 7;
    static final int LAPSED_DAYS = 60;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int TOP = 5;
    private static final int PEAKS = 3;

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final StockFigures stock;
    private final LoyaltyMembers loyalty;
    private final LabourReport labour;
    private final DashboardCache cache;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Dashboards(JdbcClient jdbc, Tenants tenants, StockFigures stock, LoyaltyMembers loyalty, LabourReport labour,
               DashboardCache cache, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.stock = stock;
        this.loyalty = loyalty;
        this.labour = labour;
        this.cache = cache;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The dashboard of the tenant in context, or of one of its locations, on the business day {@code date}
     * (null: the one under way on the business's clock).
     */
    public Dashboard of(LocalDate date, UUID locationId) {
        UUID caller = TenantContext.require();
        UUID scope = locationId == null ? caller : locationId;
        // A closed location's dashboard still reads: its data stays.
        if (!scope.equals(caller) && !tenants.isReadableLocationOf(scope, caller)) {
            throw new NotFound("Location");
        }
        TenantSettings settings = tenants.settingsOf(scope);
        LocalDate day = date != null ? date : BusinessDays.dateOf(clock.instant(), settings);
        LocalDate latest = LocalDate.now(clock).plusYears(1);
        if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
            throw new InvalidInput("date must be between " + EARLIEST + " and " + latest).field("date");
        }
        List<Tenant> locations = tenants.locationsOf(scope);
        Set<UUID> covers = new LinkedHashSet<>();
        covers.add(scope);
        locations.forEach(location -> covers.add(location.id()));
        return cache.get(scope, day, covers, () -> read(scope, caller, day, settings, locations));
    }

    /** Forgets every cached dashboard, for measuring reads from the rollups. */
    public void forgetCached() {
        cache.clear();
    }

    private Dashboard read(UUID scope, UUID caller, LocalDate date, TenantSettings settings, List<Tenant> locations) {
        Instant asOf = clock.instant();
        List<Figures> all = new ArrayList<>();
        all.add(figures(scope, caller, date, asOf));
        for (Tenant location : locations) {
            all.add(figures(location.id(), caller, date, asOf));
        }
        int scale = settings.scale();
        Figures total = all.stream().reduce(Figures::plus).orElseThrow();
        BigDecimal revenue = money(total.day.revenue, scale);
        Dashboard.Sales sales = new Dashboard.Sales(revenue, total.day.orders,
                total.day.orders == 0 ? money(BigDecimal.ZERO, scale)
                        : total.day.revenue.divide(BigDecimal.valueOf(total.day.orders), scale, RoundingMode.HALF_UP),
                money(total.day.refunds, scale), total.day.items,
                comparison(total.day, total.yesterday, scale), comparison(total.day, total.lastWeek, scale));
        List<Dashboard.Hour> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            Totals now = total.hours.getOrDefault(h, Totals.NONE);
            Totals before = total.lastWeekHours.getOrDefault(h, Totals.NONE);
            hours.add(new Dashboard.Hour(h, money(now.revenue, scale), now.orders, money(before.revenue, scale), before.orders));
        }
        List<Integer> peaks = hours.stream().filter(h -> h.orders() > 0)
                .sorted(Comparator.comparing(Dashboard.Hour::revenue).reversed().thenComparing(Dashboard.Hour::orders,
                        Comparator.reverseOrder()).thenComparing(Dashboard.Hour::hour))
                .limit(PEAKS).map(Dashboard.Hour::hour).toList();
        List<Dashboard.Product> products = total.products.values().stream()
                .sorted(Comparator.comparing(Ranked::revenue).reversed().thenComparing(Ranked::quantity, Comparator.reverseOrder())
                        .thenComparing(Ranked::name))
                .limit(TOP).map(p -> new Dashboard.Product(p.id, p.name, p.quantity, money(p.revenue, scale))).toList();
        List<Dashboard.CategorySales> categories = total.categories.values().stream()
                .sorted(Comparator.comparing(Ranked::revenue).reversed().thenComparing(Ranked::quantity, Comparator.reverseOrder())
                        .thenComparing(Ranked::name))
                .limit(TOP).map(c -> new Dashboard.CategorySales(c.id, c.name, c.quantity, money(c.revenue, scale))).toList();
        BigDecimal paid = total.payments.values().stream().map(Totals::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Dashboard.PaymentShare> mix = total.payments.entrySet().stream()
                .sorted(Map.Entry.<String, Totals>comparingByValue(Comparator.comparing(Totals::revenue)).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Dashboard.PaymentShare(e.getKey(), money(e.getValue().revenue, scale), e.getValue().orders,
                        percent(e.getValue().revenue, paid)))
                .toList();
        BigDecimal labourCost = money(total.labourCost, scale);
        List<Dashboard.LocationSales> byLocation = all.stream().skip(1)
                .map(f -> new Dashboard.LocationSales(f.tenant, f.name, money(f.day.revenue, scale), f.day.orders))
                .sorted(Comparator.comparing(Dashboard.LocationSales::revenue).reversed().thenComparing(Dashboard.LocationSales::name))
                .toList();
        return new Dashboard(date, locations.isEmpty() ? Dashboard.LOCATION : Dashboard.ORGANISATION, scope,
                settings.currency().getCurrencyCode(), asOf, sales, hours, peaks, products, categories, mix,
                new Dashboard.Customers(total.newCustomers, total.returning, total.loyaltyMembers, total.atRisk),
                new Dashboard.Inventory(total.lowStock, total.stockOutRisk, money(total.stockValue, scale)),
                new Dashboard.Staff(total.onShiftNow, labourCost, percent(total.labourCost, total.day.revenue)),
                byLocation);
    }

    private static Dashboard.Comparison comparison(Totals today, Totals other, int scale) {
        BigDecimal change = other.revenue.signum() == 0 ? null
                : today.revenue.subtract(other.revenue).multiply(HUNDRED).divide(other.revenue.abs(), 1, RoundingMode.HALF_UP);
        return new Dashboard.Comparison(money(other.revenue, scale), other.orders, change);
    }

    /** {@code part} as a percentage of {@code whole}, one decimal; null when the whole is nothing. */
    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Revenue (or an amount), orders (or a count), refunds and units. */
    private record Totals(BigDecimal revenue, long orders, BigDecimal refunds, long items) {
        static final Totals NONE = new Totals(BigDecimal.ZERO, 0, BigDecimal.ZERO, 0);

        Totals plus(Totals other) {
            return new Totals(revenue.add(other.revenue), orders + other.orders, refunds.add(other.refunds), items + other.items);
        }
    }

    /** An item or category with what it sold. */
    private record Ranked(UUID id, String name, long quantity, BigDecimal revenue) {
        Ranked plus(Ranked other) {
            return new Ranked(id, name, quantity + other.quantity, revenue.add(other.revenue));
        }
    }

    /** One tenant's figures for the day. */
    private record Figures(UUID tenant, String name, Totals day, Totals yesterday, Totals lastWeek, Map<Integer, Totals> hours,
                           Map<Integer, Totals> lastWeekHours, Map<UUID, Ranked> products, Map<UUID, Ranked> categories,
                           Map<String, Totals> payments, long newCustomers, long returning, long loyaltyMembers, long atRisk,
                           long lowStock, long stockOutRisk, BigDecimal stockValue, int onShiftNow, BigDecimal labourCost) {

        Figures plus(Figures o) {
            return new Figures(tenant, name, day.plus(o.day), yesterday.plus(o.yesterday), lastWeek.plus(o.lastWeek),
                    merge(hours, o.hours, Totals::plus), merge(lastWeekHours, o.lastWeekHours, Totals::plus),
                    merge(products, o.products, Ranked::plus), merge(categories, o.categories, Ranked::plus),
                    merge(payments, o.payments, Totals::plus), newCustomers + o.newCustomers, returning + o.returning,
                    loyaltyMembers + o.loyaltyMembers, atRisk + o.atRisk, lowStock + o.lowStock, stockOutRisk + o.stockOutRisk,
                    stockValue.add(o.stockValue), onShiftNow + o.onShiftNow, labourCost.add(o.labourCost));
        }

        private static <K, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b, java.util.function.BinaryOperator<V> plus) {
            Map<K, V> merged = new LinkedHashMap<>(a);
            b.forEach((key, value) -> merged.merge(key, value, plus));
            return merged;
        }
    }

    /** One tenant's figures, read in its own context so that row-level security lets them through. */
    private Figures figures(UUID tenant, UUID caller, LocalDate date, Instant now) {
        TenantSettings settings = tenants.settingsOf(tenant);
        ZoneId zone = settings.zone();
        String name = tenants.find(tenant).map(Tenant::name).orElse("");
        Instant start = BusinessDays.start(date, settings);
        Instant end = BusinessDays.start(date.plusDays(1), settings);
        Figures read = as(tenant, () -> {
            Instant yesterday = BusinessDays.start(date.minusDays(1), settings);
            Instant lastWeek = BusinessDays.start(date.minusDays(7), settings);
            Instant lastWeekEnd = BusinessDays.start(date.minusDays(6), settings);
            Map<Instant, Totals> rolledUp = hours(lastWeek, lastWeekEnd, yesterday, end);
            Map<Integer, Totals> hours = byHour(rolledUp, start, end, zone);
            Map<Integer, Totals> lastWeekHours = byHour(rolledUp, lastWeek, lastWeekEnd, zone);
            // While the day is under way, the other days count only as far as this one has gone (through the
            // hour now under way), so an early morning is not measured against a whole day: as far by the
            // business's clock, which on a day the clocks change is not as many hours.
            LocalTime dayStart = BusinessDays.startTime(settings);
            Duration sofar = !now.isBefore(start) && now.isBefore(end) ? sinceDayStart(now, zone, dayStart) : null;
            Totals dayBefore = sum(byHour(rolledUp, yesterday, start, zone,
                    hour -> sofar == null || sinceDayStart(hour, zone, dayStart).compareTo(sofar) < 0));
            Totals lastWeekSoFar = sum(byHour(rolledUp, lastWeek, lastWeekEnd, zone,
                    hour -> sofar == null || sinceDayStart(hour, zone, dayStart).compareTo(sofar) < 0));
            List<StockFigures.ItemStock> items = stock.all();
            Map<UUID, String> itemNames = new HashMap<>();
            items.forEach(item -> itemNames.put(item.itemId(), item.name()));
            Map<UUID, String> categoryNames = stock.categoryNames();
            ProductSales sold = products(BusinessDays.start(date.minusDays(RECENT_DAYS - 1), settings), start, end,
                    itemNames, categoryNames);
            long low = items.stream().filter(StockFigures.ItemStock::low).count();
            long risk = items.stream().filter(i -> i.tracked() && i.active())
                    .filter(i -> (long) i.onHand() * RECENT_DAYS < COVER_DAYS * sold.recent().getOrDefault(i.itemId(), 0L)).count();
            BigDecimal value = items.stream().filter(i -> i.tracked() && i.active()).map(StockFigures.ItemStock::value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long[] customers = customers(date);
            return new Figures(tenant, name, sum(hours), dayBefore, lastWeekSoFar, hours, lastWeekHours,
                    sold.items(), sold.categories(), payments(start, end),
                    customers[0], customers[1], loyalty.count(), customers[2], low, risk, value, 0, BigDecimal.ZERO);
        });
        StaffedDay day = TenantContext.callAs(caller, () -> labour.staffing(date, tenant));
        int onShift = 0;
        if (date.equals(BusinessDays.dateOf(now, settings))) {
            onShift = day.hours().stream().filter(h -> !h.hour().toInstant().isAfter(now)
                            && h.hour().toInstant().plus(Duration.ofHours(1)).isAfter(now))
                    .mapToInt(StaffedDay.Hour::staffOnShift).findFirst().orElse(0);
        }
        return new Figures(read.tenant, read.name, read.day, read.yesterday, read.lastWeek, read.hours, read.lastWeekHours,
                read.products, read.categories, read.payments, read.newCustomers, read.returning, read.loyaltyMembers,
                read.atRisk, read.lowStock, read.stockOutRisk, read.stockValue, onShift, day.labourCost());
    }

    private <T> T as(UUID tenant, Supplier<T> read) {
        // The tenant is set before the transaction begins, so row-level security sees it.
        return TenantContext.callAs(tenant, () -> readOnly.execute(status -> read.get()));
    }

    /** The rolled-up hours of two spans (the same day a week before; the day before and the day), in one statement. */
    private Map<Instant, Totals> hours(Instant from, Instant to, Instant laterFrom, Instant laterTo) {
        Map<Instant, Totals> hours = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT hour_start, orders, revenue, refunds, items FROM analytics.sales_by_hour
                         WHERE (hour_start >= :from AND hour_start < :to) OR (hour_start >= :laterFrom AND hour_start < :laterTo)
                        """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("laterFrom", Timestamp.from(laterFrom)).param("laterTo", Timestamp.from(laterTo))
                .query(rs -> {
                    hours.put(rs.getTimestamp("hour_start").toInstant(), new Totals(rs.getBigDecimal("revenue"), rs.getLong("orders"),
                            rs.getBigDecimal("refunds"), rs.getLong("items")));
                });
        return hours;
    }

    /** The hours from {@code from} to {@code to}, by hour of the business's clock. */
    private static Map<Integer, Totals> byHour(Map<Instant, Totals> rolledUp, Instant from, Instant to, ZoneId zone) {
        return byHour(rolledUp, from, to, zone, hour -> true);
    }

    /** The time on the business's clock since its day started (at {@code dayStart}, local time) at {@code at}. */
    private static Duration sinceDayStart(Instant at, ZoneId zone, LocalTime dayStart) {
        Duration since = Duration.between(dayStart, at.atZone(zone).toLocalTime());
        return since.isNegative() ? since.plusDays(1) : since;
    }

    private static Map<Integer, Totals> byHour(Map<Instant, Totals> rolledUp, Instant from, Instant to, ZoneId zone,
                                               java.util.function.Predicate<Instant> counted) {
        Map<Integer, Totals> hours = new LinkedHashMap<>();
        rolledUp.forEach((start, totals) -> {
            if (!start.isBefore(from) && start.isBefore(to) && counted.test(start)) {
                hours.merge(start.atZone(zone).getHour(), totals, Totals::plus);
            }
        });
        return hours;
    }

    private static Totals sum(Map<Integer, Totals> hours) {
        return hours.values().stream().reduce(Totals.NONE, Totals::plus);
    }

    /** The day's items and categories with their units and revenue, and each item's units over the recent days. */
    private record ProductSales(Map<UUID, Ranked> items, Map<UUID, Ranked> categories, Map<UUID, Long> recent) {
    }

    /** Product sales from {@code recentFrom} to {@code end}, the day's being those from {@code start}, in one statement. */
    private ProductSales products(Instant recentFrom, Instant start, Instant end, Map<UUID, String> itemNames,
                                  Map<UUID, String> categoryNames) {
        Map<UUID, Ranked> items = new LinkedHashMap<>();
        Map<UUID, Ranked> categories = new LinkedHashMap<>();
        Map<UUID, Long> recent = new HashMap<>();
        jdbc.sql("""
                        SELECT item_id, category_id, sum(quantity) AS recent, count(*) FILTER (WHERE hour_start >= :start) AS day_rows,
                               sum(quantity) FILTER (WHERE hour_start >= :start) AS quantity,
                               sum(revenue) FILTER (WHERE hour_start >= :start) AS revenue
                          FROM analytics.product_sales_by_hour
                         WHERE hour_start >= :from AND hour_start < :end
                         GROUP BY item_id, category_id
                        """)
                .param("from", Timestamp.from(recentFrom)).param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(rs -> {
                    UUID item = rs.getObject("item_id", UUID.class);
                    recent.merge(item, rs.getLong("recent"), Long::sum);
                    if (rs.getLong("day_rows") > 0) {
                        long quantity = rs.getLong("quantity");
                        BigDecimal revenue = rs.getBigDecimal("revenue");
                        items.merge(item, new Ranked(item, itemNames.getOrDefault(item, ""), quantity, revenue), Ranked::plus);
                        UUID category = rs.getObject("category_id", UUID.class);
                        if (category != null) {
                            categories.merge(category, new Ranked(category, categoryNames.getOrDefault(category, ""), quantity,
                                    revenue), Ranked::plus);
                        }
                    }
                });
        return new ProductSales(items, categories, recent);
    }

    /** Per method: the amount net of refunds, and the payments. */
    private Map<String, Totals> payments(Instant from, Instant to) {
        Map<String, Totals> methods = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT method, sum(amount) AS amount, sum(payments) AS payments FROM analytics.payments_by_hour
                         WHERE hour_start >= :from AND hour_start < :to GROUP BY method
                        """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    methods.put(rs.getString("method"), new Totals(rs.getBigDecimal("amount"), rs.getLong("payments"),
                            BigDecimal.ZERO, 0));
                });
        return methods;
    }

    /**
     * New, returning and at-risk customers as of the date, from each customer's summary; only the
     * customers who came again after the date have their days up to it counted.
     */
    private long[] customers(LocalDate date) {
        return jdbc.sql("""
                        WITH came AS (
                            SELECT s.first_day FROM analytics.customer_days d
                              JOIN analytics.customer_summary s ON s.tenant_id = d.tenant_id AND s.customer_id = d.customer_id
                             WHERE d.day = :date),
                        since AS (
                            SELECT min(d.day) AS first_day, max(d.day) AS last_day, count(*) AS visits
                              FROM analytics.customer_summary s
                              JOIN analytics.customer_days d ON d.tenant_id = s.tenant_id AND d.customer_id = s.customer_id
                                                            AND d.day <= :date
                             WHERE s.last_day > :date AND s.first_day <= :date
                             GROUP BY s.customer_id),
                        history AS (
                            SELECT first_day, last_day, visits FROM analytics.customer_summary WHERE last_day <= :date
                            UNION ALL
                            SELECT first_day, last_day, visits FROM since)
                        SELECT (SELECT count(*) FROM came WHERE first_day = :date) AS new_customers,
                               (SELECT count(*) FROM came WHERE first_day < :date) AS returning,
                               (SELECT count(*) FROM history
                                 WHERE :date - last_day > :lapsed
                                    OR (visits >= 2 AND (:date - last_day) * (visits - 1) > 2 * (last_day - first_day))) AS at_risk
                        """)
                .param("date", date).param("lapsed", LAPSED_DAYS)
                .query((rs, n) -> new long[] {rs.getLong("new_customers"), rs.getLong("returning"), rs.getLong("at_risk")})
                .single();
    }
}
