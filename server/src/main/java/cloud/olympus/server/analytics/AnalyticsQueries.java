package cloud.olympus.server.analytics;

import cloud.olympus.model.WireNames;
import cloud.olympus.server.analytics.AnalyticsQuery.Dimension;
import cloud.olympus.server.analytics.AnalyticsQuery.Granularity;
import cloud.olympus.server.analytics.AnalyticsQuery.Metric;
import cloud.olympus.server.inventory.StockFigures;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers {@link AnalyticsQuery}s from the rollups only, with SQL put together from fixed pieces,
 * one per allowed word, and every value bound as a parameter. The rollup asked depends on what is
 * asked: items and categories come from the hourly item sales (revenue, units), payment methods from
 * the hourly payments (revenue: the amount net of refunds; orders: the payments), anything else from
 * the hourly sales. Days are business days ({@link BusinessDays}): the range runs from the first
 * day's start to the start of the day after the last, and days, weeks, months and weekdays are those
 * of the business days an hour belongs to (the hour of the day stays the clock's). The business and
 * its locations are each asked in their own context, on their own clock, and summed;
 * {@code filters.location_id} narrows to one of them.
 */
@Service
public class AnalyticsQueries {

    /** The rollups, with the sums each can give. */
    private enum Source {
        HOURS("analytics.sales_by_hour", "sum(revenue)", "sum(orders)", "sum(items)", "sum(refunds)"),
        PRODUCTS("analytics.product_sales_by_hour", "sum(revenue)", null, "sum(quantity)", null),
        PAYMENTS("analytics.payments_by_hour", "sum(amount)", "sum(payments)", null, null);

        final String table;
        final String revenue;
        final String orders;
        final String units;
        final String refunds;

        Source(String table, String revenue, String orders, String units, String refunds) {
            this.table = table;
            this.revenue = revenue;
            this.orders = orders;
            this.units = units;
            this.refunds = refunds;
        }

        boolean gives(AnalyticsQuery query) {
            return gives(query.metric()) && query.extraMetrics().stream().allMatch(this::gives);
        }

        boolean gives(Metric metric) {
            return switch (metric) {
                case REVENUE -> true;
                case ORDERS -> orders != null;
                case ITEMS, QUANTITY -> units != null;
                case REFUNDS -> refunds != null;
                case AVERAGE_ORDER -> orders != null && this != PAYMENTS;
            };
        }
    }

    /** The local time of an hour's start. */
    private static final String LOCAL = "(hour_start AT TIME ZONE :zone)";
    /** The local time of an hour's start less the business-day start: its date is the business day's. */
    private static final String BUSINESS = "(" + LOCAL + " - make_interval(hours => :day_start))";

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final StockFigures stock;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    AnalyticsQueries(JdbcClient jdbc, Tenants tenants, StockFigures stock, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.stock = stock;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The business day under way for the tenant in context, the default end of a query. */
    public LocalDate today() {
        return BusinessDays.dateOf(clock.instant(), tenants.settingsOf(TenantContext.require()));
    }

    /** Answers the query for the tenant in context (and its locations). */
    public QueryResult run(AnalyticsQuery query) {
        UUID caller = TenantContext.require();
        Source source = source(query);
        List<UUID> scope = scope(caller, query.filters().locationId());
        TenantSettings settings = tenants.settingsOf(caller);
        String sql = sql(query, source);
        Map<List<Object>, Sums> merged = new LinkedHashMap<>();
        Map<Object, String> names = new HashMap<>();
        for (UUID tenant : scope) {
            TenantSettings clock = tenants.settingsOf(tenant);
            TenantContext.callAs(tenant, () -> readOnly.execute(status -> {
                read(sql, query, clock, tenant, merged);
                if (query.dimensions().contains(Dimension.PRODUCT)) {
                    stock.all().forEach(item -> names.put(item.itemId(), item.name()));
                }
                if (query.dimensions().contains(Dimension.CATEGORY)) {
                    names.putAll(stock.categoryNames());
                }
                return null;
            }));
            if (query.dimensions().contains(Dimension.LOCATION)) {
                names.put(tenant, tenants.find(tenant).map(Tenant::name).orElse(""));
            }
        }
        int scale = settings.scale();
        List<Map.Entry<List<Object>, Sums>> entries = new ArrayList<>(merged.entrySet());
        Comparator<Map.Entry<List<Object>, Sums>> byDimensions = (a, b) -> compareKeys(a.getKey(), b.getKey());
        Comparator<Map.Entry<List<Object>, Sums>> byValue = Comparator.comparing(e -> e.getValue().value(query.metric(), scale));
        entries.sort(switch (query.order()) {
            case DESC -> byValue.reversed().thenComparing(byDimensions);
            case ASC -> byValue.thenComparing(byDimensions);
            case DIMENSIONS -> byDimensions;
        });
        List<String> columns = new ArrayList<>();
        if (query.granularity() != null) {
            columns.add("period");
        }
        for (Dimension dimension : query.dimensions()) {
            columns.addAll(switch (dimension) {
                case PRODUCT -> List.of("item_id", "item_name");
                case CATEGORY -> List.of("category_id", "category_name");
                case LOCATION -> List.of("location_id", "location_name");
                default -> List.of(WireNames.of(dimension));
            });
        }
        columns.add(WireNames.of(query.metric()));
        query.extraMetrics().forEach(extra -> columns.add(WireNames.of(extra)));
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<List<Object>, Sums> entry : entries.subList(0, Math.min(entries.size(), query.limit()))) {
            List<Object> row = new ArrayList<>();
            int at = 0;
            if (query.granularity() != null) {
                row.add(text(entry.getKey().get(at++)));
            }
            for (Dimension dimension : query.dimensions()) {
                Object value = entry.getKey().get(at++);
                row.add(text(value));
                if (dimension == Dimension.PRODUCT || dimension == Dimension.CATEGORY || dimension == Dimension.LOCATION) {
                    row.add(value == null ? null : names.getOrDefault(value, ""));
                }
            }
            row.add(entry.getValue().value(query.metric(), scale));
            for (Metric extra : query.extraMetrics()) {
                row.add(entry.getValue().value(extra, scale));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, query.written(), sql, entries.size() > query.limit());
    }

    /** The rollup that can answer the query, or a 400 saying what cannot go together. */
    private static Source source(AnalyticsQuery query) {
        boolean products = query.dimensions().contains(Dimension.PRODUCT) || query.dimensions().contains(Dimension.CATEGORY)
                || query.filters().itemId() != null || query.filters().categoryId() != null;
        boolean payments = query.dimensions().contains(Dimension.PAYMENT_METHOD) || query.filters().paymentMethod() != null;
        if (products && payments) {
            throw new InvalidInput("items and categories cannot be combined with payment methods").field("dimensions");
        }
        Source source = products ? Source.PRODUCTS : payments ? Source.PAYMENTS : Source.HOURS;
        String per = products ? "item or category" : "payment method";
        if (!source.gives(query.metric())) {
            throw new InvalidInput("metric " + WireNames.of(query.metric()) + " is not counted per " + per).field("metric");
        }
        if (!source.gives(query)) {
            throw new InvalidInput("extra_metrics may only name metrics counted per " + per).field("extra_metrics");
        }
        return source;
    }

    private List<UUID> scope(UUID caller, UUID location) {
        if (location != null) {
            // Figures only read: a location the business closed still has its own.
            if (!location.equals(caller) && !tenants.isReadableLocationOf(location, caller)) {
                throw new NotFound("Location");
            }
            return List.of(location);
        }
        List<UUID> scope = new ArrayList<>();
        scope.add(caller);
        tenants.locationsOf(caller).forEach(t -> scope.add(t.id()));
        return scope;
    }

    /** The query's SQL, from fixed pieces only; the values are the named parameters. */
    private static String sql(AnalyticsQuery query, Source source) {
        List<String> keys = new ArrayList<>();
        if (query.granularity() != null) {
            keys.add(query.granularity() == Granularity.HOUR ? "hour_start"
                    : "CAST(date_trunc('" + WireNames.of(query.granularity()) + "', " + BUSINESS + ") AS date)");
        }
        for (Dimension dimension : query.dimensions()) {
            String key = switch (dimension) {
                case HOUR -> "CAST(EXTRACT(HOUR FROM " + LOCAL + ") AS int)";
                case WEEKDAY -> "CAST(EXTRACT(ISODOW FROM " + BUSINESS + ") AS int)";
                case DAY -> "CAST(date_trunc('day', " + BUSINESS + ") AS date)";
                case WEEK -> "CAST(date_trunc('week', " + BUSINESS + ") AS date)";
                case MONTH -> "CAST(date_trunc('month', " + BUSINESS + ") AS date)";
                case PRODUCT -> "item_id";
                case CATEGORY -> "category_id";
                case PAYMENT_METHOD -> "method";
                case LOCATION -> null;
            };
            if (key != null) {
                keys.add(key);
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(keys.get(i)).append(" AS k").append(i).append(", ");
        }
        sql.append(source.revenue).append(" AS revenue, ")
                .append(source.orders == null ? "0" : source.orders).append(" AS orders, ")
                .append(source.units == null ? "0" : source.units).append(" AS units, ")
                .append(source.refunds == null ? "0" : source.refunds).append(" AS refunds")
                .append(" FROM ").append(source.table)
                .append(" WHERE hour_start >= :from AND hour_start < :to");
        if (query.filters().itemId() != null) {
            sql.append(" AND item_id = :item_id");
        }
        if (query.filters().categoryId() != null) {
            sql.append(" AND category_id = :category_id");
        }
        if (query.filters().paymentMethod() != null) {
            sql.append(" AND method = :payment_method");
        }
        if (!keys.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(i + 1);
            }
        }
        return sql.toString();
    }

    private void read(String sql, AnalyticsQuery query, TenantSettings clock, UUID tenant, Map<List<Object>, Sums> merged) {
        var statement = jdbc.sql(sql)
                .param("from", Timestamp.from(BusinessDays.start(query.from(), clock)))
                .param("to", Timestamp.from(BusinessDays.start(query.to().plusDays(1), clock)));
        if (sql.contains(":zone")) {
            statement = statement.param("zone", clock.zone().getId());
        }
        if (sql.contains(":day_start")) {
            statement = statement.param("day_start", BusinessDays.startTime(clock).getHour());
        }
        if (query.filters().itemId() != null) {
            statement = statement.param("item_id", query.filters().itemId());
        }
        if (query.filters().categoryId() != null) {
            statement = statement.param("category_id", query.filters().categoryId());
        }
        if (query.filters().paymentMethod() != null) {
            statement = statement.param("payment_method", query.filters().paymentMethod().wireName());
        }
        statement.query(rs -> {
            List<Object> key = new ArrayList<>();
            int column = 0;
            if (query.granularity() != null) {
                key.add(value(rs.getObject("k" + column++)));
            }
            for (Dimension dimension : query.dimensions()) {
                key.add(dimension == Dimension.LOCATION ? tenant : value(rs.getObject("k" + column++)));
            }
            Sums sums = new Sums(orZero(rs.getBigDecimal("revenue")), rs.getLong("orders"), rs.getLong("units"),
                    orZero(rs.getBigDecimal("refunds")));
            merged.merge(key, sums, Sums::plus);
        });
    }

    /** Values as Java compares them: dates, instants, numbers, ids, text. */
    private static Object value(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value;
    }

    private static Object text(Object value) {
        return value instanceof Number || value == null ? value : value.toString();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return x == null ? 1 : -1;
                }
                continue;
            }
            int c = x instanceof Comparable comparable && x.getClass() == y.getClass() ? comparable.compareTo(y)
                    : x.toString().compareTo(y.toString());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The sums a row adds up. */
    private record Sums(BigDecimal revenue, long orders, long units, BigDecimal refunds) {

        Sums plus(Sums other) {
            return new Sums(revenue.add(other.revenue), orders + other.orders, units + other.units, refunds.add(other.refunds));
        }

        BigDecimal value(Metric metric, int scale) {
            return switch (metric) {
                case REVENUE -> revenue.setScale(scale, RoundingMode.HALF_UP);
                case REFUNDS -> refunds.setScale(scale, RoundingMode.HALF_UP);
                case ORDERS -> BigDecimal.valueOf(orders);
                case ITEMS, QUANTITY -> BigDecimal.valueOf(units);
                case AVERAGE_ORDER -> orders == 0 ? BigDecimal.ZERO.setScale(scale)
                        : revenue.divide(BigDecimal.valueOf(orders), scale, RoundingMode.HALF_UP);
            };
        }
    }
}
