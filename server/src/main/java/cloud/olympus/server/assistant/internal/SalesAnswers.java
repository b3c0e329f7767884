package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.assistant.Answer;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Answers about sales, from the place's completed orders: totals, comparisons, counts, averages, best sellers, payments. */
@Component
public class SalesAnswers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final OrderManagement orders;
    private final Catalogue catalogue;

    SalesAnswers(OrderManagement orders, Catalogue catalogue) {
        this.orders = orders;
        this.catalogue = catalogue;
    }

    public Draft answer(Intent intent, Scope scope) {
        OrderFacts facts = OrderFacts.of(orders, scope.place(), scope.from(), scope.to(), intent == Intent.PAYMENT_MIX);
        return switch (intent) {
            case SALES_COMPARE -> compare(facts, scope);
            case ORDERS_COUNT -> ordersCount(facts, scope);
            case AVERAGE_ORDER -> averageOrder(facts, scope);
            case TOP_PRODUCTS -> topProducts(facts, scope);
            case TOP_CATEGORIES -> topCategories(facts, scope);
            case PAYMENT_MIX -> paymentMix(facts, scope);
            default -> total(facts, scope);
        };
    }

    private Draft total(OrderFacts facts, Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        if (scope.product() != null || scope.category() != null) {
            List<OrderFacts.Line> lines = facts.products.values().stream().filter(narrowedTo(scope)).toList();
            long units = lines.stream().mapToLong(OrderFacts.Line::quantity).sum();
            BigDecimal revenue = lines.stream().map(OrderFacts.Line::revenue).reduce(zero(scope), BigDecimal::add);
            String what = scope.product() != null ? scope.product().name() : scope.category();
            return new Draft(say.say("sales_total.item", what, scope.period(), say.count(units), say.money(revenue)),
                    List.of(new Answer.Figure("quantity", units, "units"), new Answer.Figure("revenue", revenue, currency)), null,
                    Draft.query("revenue", List.of(), scope.filters(), scope, null));
        }
        String text = facts.orders == 0 ? say.say("no_sales", scope.period())
                : say.say("sales_total", scope.period(), say.money(facts.revenue), say.count(facts.orders));
        return new Draft(text, List.of(new Answer.Figure("revenue", facts.revenue, currency),
                new Answer.Figure("orders", facts.orders, "orders"), new Answer.Figure("refunds", facts.refunds, currency),
                new Answer.Figure("items", facts.items, "units")), null,
                Draft.query("revenue", List.of(), scope.filters(), scope, null));
    }

    /** A day against the same weekday a week before; several days against as many days just before them. */
    private Draft compare(OrderFacts facts, Scope scope) {
        long days = ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1;
        long back = days == 1 ? 7 : days;
        Scope before = new Scope(scope.place(), scope.from().minusDays(back), scope.to().minusDays(back), scope.limit(),
                scope.product(), scope.category(), scope.say());
        OrderFacts then = OrderFacts.of(orders, scope.place(), before.from(), before.to());
        BigDecimal change = then.revenue.signum() == 0 ? null
                : facts.revenue.subtract(then.revenue).multiply(HUNDRED).divide(then.revenue, 1, RoundingMode.HALF_UP);
        Phrases say = scope.say();
        String currency = scope.place().currency();
        String changed = change == null ? say.say("no_comparison") : (change.signum() > 0 ? "+" : "") + say.percent(change);
        List<Answer.Figure> figures = new ArrayList<>(List.of(new Answer.Figure("revenue", facts.revenue, currency),
                new Answer.Figure("orders", facts.orders, "orders"), new Answer.Figure("previous_revenue", then.revenue, currency),
                new Answer.Figure("previous_orders", then.orders, "orders")));
        figures.add(new Answer.Figure("revenue_change_percent", change, "percent"));
        Map<String, Object> query = Draft.query("revenue", List.of(), scope.filters(), scope, null);
        query.put("compare_from", before.from().toString());
        query.put("compare_to", before.to().toString());
        return new Draft(say.say("sales_compare", scope.period(), say.money(facts.revenue), say.count(facts.orders),
                say.money(then.revenue), before.period(), changed), figures, null, query);
    }

    private Draft ordersCount(OrderFacts facts, Scope scope) {
        Phrases say = scope.say();
        return new Draft(say.say("orders_count", say.count(facts.orders), scope.period()),
                List.of(new Answer.Figure("orders", facts.orders, "orders")), null,
                Draft.query("orders", List.of(), scope.filters(), scope, null));
    }

    private Draft averageOrder(OrderFacts facts, Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        String text = facts.orders == 0 ? say.say("no_sales", scope.period())
                : say.say("average_order", scope.period(), say.money(facts.averageOrder()), say.count(facts.orders));
        return new Draft(text, List.of(new Answer.Figure("average_order", facts.averageOrder(), currency),
                new Answer.Figure("orders", facts.orders, "orders"), new Answer.Figure("revenue", facts.revenue, currency)), null,
                Draft.query("average_order", List.of(), scope.filters(), scope, null));
    }

    private Draft topProducts(OrderFacts facts, Scope scope) {
        List<OrderFacts.Line> best = facts.products.values().stream()
                .filter(scope.category() == null ? l -> true : narrowedTo(scope))
                .sorted(Comparator.comparingLong(OrderFacts.Line::quantity).reversed()
                        .thenComparing(OrderFacts.Line::revenue, Comparator.reverseOrder()).thenComparing(OrderFacts.Line::name))
                .filter(l -> l.quantity() > 0).limit(scope.limit()).toList();
        List<List<Object>> rows = best.stream().map(l -> List.<Object>of(l.productId().toString(), l.name(), l.quantity(),
                l.revenue())).toList();
        return ranked("top_products", best.stream().map(l -> new Ranked(l.name(), l.quantity(), l.revenue())).toList(), scope,
                new Answer.Table(List.of("item_id", "name", "quantity", "revenue"), rows),
                Draft.query("quantity", List.of("product"), scope.filters(), scope, null));
    }

    private Draft topCategories(OrderFacts facts, Scope scope) {
        Map<UUID, String> categories = categoriesOf(scope, facts.products.keySet());
        Map<String, Ranked> byCategory = new LinkedHashMap<>();
        for (OrderFacts.Line line : facts.products.values()) {
            String category = categories.get(line.productId());
            if (category != null) {
                byCategory.merge(category, new Ranked(category, line.quantity(), line.revenue()),
                        (a, b) -> new Ranked(a.name(), a.quantity() + b.quantity(), a.revenue().add(b.revenue())));
            }
        }
        List<Ranked> best = byCategory.values().stream().filter(r -> r.quantity() > 0)
                .sorted(Comparator.comparing(Ranked::revenue).reversed().thenComparing(Ranked::name))
                .limit(scope.limit()).toList();
        List<List<Object>> rows = best.stream().map(r -> List.<Object>of(r.name(), r.quantity(), r.revenue())).toList();
        return ranked("top_categories", best, scope, new Answer.Table(List.of("category", "quantity", "revenue"), rows),
                Draft.query("revenue", List.of("category"), scope.filters(), scope, null));
    }

    private record Ranked(String name, long quantity, BigDecimal revenue) {
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

    private Draft paymentMix(OrderFacts facts, Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        BigDecimal total = facts.payments.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Map.Entry<String, BigDecimal>> methods = facts.payments.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        List<Answer.Figure> figures = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> method : methods) {
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                    : method.getValue().multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
            rows.add(List.of(method.getKey(), method.getValue(), facts.paymentCounts.getOrDefault(method.getKey(), 0L), share));
            figures.add(new Answer.Figure(method.getKey(), method.getValue(), currency));
            listed.add(method.getKey() + " " + say.money(method.getValue()) + " (" + say.percent(share) + ")");
        }
        Map<String, Object> query = Draft.query("revenue", List.of("payment_method"), scope.filters(), scope, null);
        Answer.Table table = new Answer.Table(List.of("method", "amount", "count", "share_percent"), rows);
        String text = listed.isEmpty() ? say.say("no_sales", scope.period()) : say.say("payment_mix", scope.period(),
                String.join(", ", listed));
        return new Draft(text, figures, table, query);
    }

    private Predicate<OrderFacts.Line> narrowedTo(Scope scope) {
        if (scope.product() != null) {
            return l -> l.productId().equals(scope.product().id());
        }
        Map<UUID, String> categories = categoriesOf(scope, null);
        return l -> Text.normalise(scope.category()).equals(Text.normalise(categories.getOrDefault(l.productId(), "")));
    }

    /** The category of each product (of all the products sold there when {@code ids} is null), at each business that sells. */
    private Map<UUID, String> categoriesOf(Scope scope, java.util.Collection<UUID> ids) {
        Map<UUID, String> categories = new java.util.HashMap<>();
        for (UUID seller : scope.place().sellers()) {
            Iterable<Item> items = TenantContext.callAs(seller,
                    () -> ids == null ? CatalogueItems.all(catalogue) : catalogue.findAll(ids).values());
            for (Item item : items) {
                if (item.category() != null) {
                    categories.put(item.id(), item.category());
                }
            }
        }
        return categories;
    }

    private static BigDecimal zero(Scope scope) {
        return BigDecimal.ZERO.setScale(scope.place().settings().scale());
    }
}
