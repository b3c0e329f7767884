package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.analytics.AnalyticsQueries;
import cloud.olympus.server.analytics.AnalyticsQuery;
import cloud.olympus.server.analytics.AnalyticsQuery.Dimension;
import cloud.olympus.server.analytics.AnalyticsQuery.Metric;
import cloud.olympus.server.analytics.QueryResult;
import cloud.olympus.server.assistant.Answer;
import cloud.olympus.server.inventory.StockFigures;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Answers about sales from the sales rollups, each through one {@link AnalyticsQuery} (a comparison
 * through two) run by {@link AnalyticsQueries}, so that an answer's {@code query} is the query that
 * ran and the figures are the dashboard's: totals, comparisons, counts, averages, best sellers,
 * categories, payments.
 */
@Component
public class SalesAnswers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AnalyticsQueries queries;
    private final StockFigures stock;

    SalesAnswers(AnalyticsQueries queries, StockFigures stock) {
        this.queries = queries;
        this.stock = stock;
    }

    public Draft answer(Intent intent, Scope scope) {
        return switch (intent) {
            case SALES_COMPARE -> compare(scope);
            case ORDERS_COUNT -> ordersCount(scope);
            case AVERAGE_ORDER -> averageOrder(scope);
            case TOP_PRODUCTS -> topProducts(scope);
            case TOP_CATEGORIES -> topCategories(scope);
            case PAYMENT_MIX -> paymentMix(scope);
            default -> total(scope);
        };
    }

    private Draft total(Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        if (scope.product() != null || scope.category() != null) {
            String what = scope.product() != null ? scope.product().name() : scope.category();
            Optional<AnalyticsQuery.Filters> filters = narrowed(scope, true);
            if (filters.isEmpty()) {
                return new Draft(say.say("no_sales", scope.period()), List.of(), null, null);
            }
            Totals sold = Totals.of(run(new AnalyticsQuery(Metric.REVENUE, List.of(Metric.QUANTITY), List.of(), filters.get(),
                    scope.from(), scope.to(), null, 1, null)));
            long units = sold.whole(1);
            BigDecimal revenue = sold.amount(0);
            return new Draft(say.say("sales_total.item", what, scope.period(), say.count(units), say.money(revenue)),
                    List.of(new Answer.Figure("quantity", units, "units"), new Answer.Figure("revenue", revenue, currency)),
                    null, sold.query);
        }
        Totals sales = Totals.of(run(days(scope, Metric.REVENUE, Metric.ORDERS, Metric.REFUNDS, Metric.ITEMS)));
        long orders = sales.whole(1);
        String text = orders == 0 ? say.say("no_sales", scope.period())
                : say.say("sales_total", scope.period(), say.money(sales.amount(0)), say.count(orders));
        return new Draft(text, List.of(new Answer.Figure("revenue", sales.amount(0), currency),
                new Answer.Figure("orders", orders, "orders"), new Answer.Figure("refunds", sales.amount(2), currency),
                new Answer.Figure("items", sales.whole(3), "units")), null, sales.query);
    }

    /** A day against the same weekday a week before; several days against as many days just before them. */
    private Draft compare(Scope scope) {
        long days = ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1;
        long back = days == 1 ? 7 : days;
        Scope before = new Scope(scope.place(), scope.from().minusDays(back), scope.to().minusDays(back), scope.limit(),
                scope.product(), scope.category(), scope.say());
        Totals now = Totals.of(run(days(scope, Metric.REVENUE, Metric.ORDERS)));
        Totals then = Totals.of(run(days(before, Metric.REVENUE, Metric.ORDERS)));
        BigDecimal revenue = now.amount(0);
        BigDecimal previous = then.amount(0);
        BigDecimal change = previous.signum() == 0 ? null
                : revenue.subtract(previous).multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP);
        Phrases say = scope.say();
        String currency = scope.place().currency();
        String changed = change == null ? say.say("no_comparison") : (change.signum() > 0 ? "+" : "") + say.percent(change);
        List<Answer.Figure> figures = new ArrayList<>(List.of(new Answer.Figure("revenue", revenue, currency),
                new Answer.Figure("orders", now.whole(1), "orders"), new Answer.Figure("previous_revenue", previous, currency),
                new Answer.Figure("previous_orders", then.whole(1), "orders")));
        figures.add(new Answer.Figure("revenue_change_percent", change, "percent"));
        Map<String, Object> query = new LinkedHashMap<>(now.query);
        query.put("compare_from", before.from().toString());
        query.put("compare_to", before.to().toString());
        return new Draft(say.say("sales_compare", scope.period(), say.money(revenue), say.count(now.whole(1)),
                say.money(previous), before.period(), changed), figures, null, query);
    }

    private Draft ordersCount(Scope scope) {
        Phrases say = scope.say();
        Totals counted = Totals.of(run(days(scope, Metric.ORDERS)));
        return new Draft(say.say("orders_count", say.count(counted.whole(0)), scope.period()),
                List.of(new Answer.Figure("orders", counted.whole(0), "orders")), null, counted.query);
    }

    private Draft averageOrder(Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        Totals sales = Totals.of(run(days(scope, Metric.AVERAGE_ORDER, Metric.ORDERS, Metric.REVENUE)));
        long orders = sales.whole(1);
        String text = orders == 0 ? say.say("no_sales", scope.period())
                : say.say("average_order", scope.period(), say.money(sales.amount(0)), say.count(orders));
        return new Draft(text, List.of(new Answer.Figure("average_order", sales.amount(0), currency),
                new Answer.Figure("orders", orders, "orders"), new Answer.Figure("revenue", sales.amount(2), currency)), null,
                sales.query);
    }

    /** Units and revenue per product (of the category named), most units first. */
    private Draft topProducts(Scope scope) {
        Optional<AnalyticsQuery.Filters> filters = narrowed(scope, false);
        if (filters.isEmpty()) {
            return new Draft(scope.say().say("no_sales", scope.period()), List.of(), null, null);
        }
        QueryResult result = run(new AnalyticsQuery(Metric.QUANTITY, List.of(Metric.REVENUE), List.of(Dimension.PRODUCT),
                filters.get(), scope.from(), scope.to(), null, scope.limit(), AnalyticsQuery.Order.DESC));
        // item_id, item_name, quantity, revenue
        List<Ranked> best = result.rows().stream()
                .map(row -> new Ranked((String) row.get(0), (String) row.get(1), whole(row.get(2)), (BigDecimal) row.get(3)))
                .filter(r -> r.quantity() > 0).toList();
        List<List<Object>> rows = best.stream().map(r -> List.<Object>of(r.id(), r.name(), r.quantity(), r.revenue())).toList();
        return ranked("top_products", best, scope, new Answer.Table(List.of("item_id", "name", "quantity", "revenue"), rows),
                result.query());
    }

    /**
     * Revenue and units per category, most revenue first; categories of the same name at the
     * businesses summed are one. Every category is asked for, since they are few and named alike
     * ones are added up before the best are listed.
     */
    private Draft topCategories(Scope scope) {
        QueryResult result = run(new AnalyticsQuery(Metric.REVENUE, List.of(Metric.QUANTITY), List.of(Dimension.CATEGORY),
                filters(scope, null, null), scope.from(), scope.to(), null, AnalyticsQuery.MAX_LIMIT, AnalyticsQuery.Order.DESC));
        // category_id, category_name, revenue, quantity
        Map<String, Ranked> byName = new LinkedHashMap<>();
        for (List<Object> row : result.rows()) {
            if (row.get(0) != null) {
                String name = (String) row.get(1);
                byName.merge(Text.normalise(name), new Ranked(null, name, whole(row.get(3)), (BigDecimal) row.get(2)),
                        (a, b) -> new Ranked(null, a.name(), a.quantity() + b.quantity(), a.revenue().add(b.revenue())));
            }
        }
        List<Ranked> best = byName.values().stream().filter(r -> r.quantity() > 0)
                .sorted(Comparator.comparing(Ranked::revenue).reversed().thenComparing(Ranked::name))
                .limit(scope.limit()).toList();
        List<List<Object>> rows = best.stream().map(r -> List.<Object>of(r.name(), r.quantity(), r.revenue())).toList();
        return ranked("top_categories", best, scope, new Answer.Table(List.of("category", "quantity", "revenue"), rows),
                result.query());
    }

    private record Ranked(String id, String name, long quantity, BigDecimal revenue) {
    }

    private Draft ranked(String key, List<Ranked> best, Scope scope, Answer.Table table, Map<String, Object> query) {
        Phrases say = scope.say();
        if (best.isEmpty()) {
            return new Draft(say.say("no_sales", scope.period()), List.of(), table, query);
        }
        List<String> listed = best.stream().map(r -> r.name() + " (" + say.count(r.quantity()) + ", " + say.money(r.revenue()) + ")")
                .toList();
        List<Answer.Figure> figures = best.stream().map(r -> new Answer.Figure(r.name(), r.quantity(), "units")).toList();
        return new Draft(say.say(key, scope.period(), String.join(", ", listed)), figures, table, query);
    }

    /** Each method's amount net of refunds, its payments and its share, most first. */
    private Draft paymentMix(Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        QueryResult result = run(new AnalyticsQuery(Metric.REVENUE, List.of(Metric.ORDERS), List.of(Dimension.PAYMENT_METHOD),
                filters(scope, null, null), scope.from(), scope.to(), null, AnalyticsQuery.MAX_LIMIT, AnalyticsQuery.Order.DESC));
        // payment_method, revenue (the amount), orders (the payments)
        BigDecimal total = result.rows().stream().map(row -> (BigDecimal) row.get(1)).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<Object>> rows = new ArrayList<>();
        List<Answer.Figure> figures = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            String method = (String) row.get(0);
            BigDecimal amount = (BigDecimal) row.get(1);
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                    : amount.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
            rows.add(List.of(method, amount, whole(row.get(2)), share));
            figures.add(new Answer.Figure(method, amount, currency));
            listed.add(method + " " + say.money(amount) + " (" + say.percent(share) + ")");
        }
        Answer.Table table = new Answer.Table(List.of("method", "amount", "count", "share_percent"), rows);
        String text = listed.isEmpty() ? say.say("no_sales", scope.period()) : say.say("payment_mix", scope.period(),
                String.join(", ", listed));
        return new Draft(text, figures, table, result.query());
    }

    /** The whole days' sums of {@code metric} and the others beside it. */
    private static AnalyticsQuery days(Scope scope, Metric metric, Metric... others) {
        return new AnalyticsQuery(metric, List.of(others), List.of(), filters(scope, null, null), scope.from(), scope.to(),
                null, 1, null);
    }

    /** Runs a query as the business asking, which sees the place and, asked as a whole, its locations. */
    private QueryResult run(AnalyticsQuery query) {
        return queries.run(query);
    }

    /**
     * The place's filters narrowed to the category named and, with {@code byItem}, the product named;
     * empty when the category named is in none of the catalogues asked.
     */
    private Optional<AnalyticsQuery.Filters> narrowed(Scope scope, boolean byItem) {
        UUID item = byItem && scope.product() != null ? scope.product().id() : null;
        if (scope.category() == null) {
            return Optional.of(filters(scope, item, null));
        }
        return categoryId(scope).map(category -> filters(scope, item, category));
    }

    /** The place, unless it is an organisation asked as a whole with its locations (as its dashboard sums them). */
    private static AnalyticsQuery.Filters filters(Scope scope, UUID item, UUID category) {
        UUID location = scope.place().locations().isEmpty() ? scope.place().tenantId() : null;
        return new AnalyticsQuery.Filters(item, category, location, null);
    }

    /** The id of the category named, in the place's catalogue, or else the first of its locations' that has it. */
    private Optional<UUID> categoryId(Scope scope) {
        String wanted = Text.normalise(scope.category());
        for (UUID seller : scope.place().sellers()) {
            Optional<UUID> found = TenantContext.callAs(seller, () -> stock.categoryNames().entrySet().stream()
                    .filter(c -> Text.normalise(c.getValue()).equals(wanted)).map(Map.Entry::getKey).findFirst());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static long whole(Object value) {
        return ((BigDecimal) value).longValueExact();
    }

    /** The one row of a query without dimensions: its values by position, and the query that ran. */
    private record Totals(List<Object> row, Map<String, Object> query) {

        static Totals of(QueryResult result) {
            return new Totals(result.rows().get(0), result.query());
        }

        BigDecimal amount(int at) {
            return (BigDecimal) row.get(at);
        }

        long whole(int at) {
            return SalesAnswers.whole(row.get(at));
        }
    }
}
