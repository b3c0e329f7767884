package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.assistant.Answer;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.customer.Customer;
import cloud.olympus.server.customer.Customers;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.LabourDay;
import cloud.olympus.server.workforce.LabourReport;
import cloud.olympus.server.workforce.StaffingAlert;
import cloud.olympus.server.workforce.StaffingAlerts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Answers about stock, customers and staff, from the catalogue, the orders, the labour report and the staffing alerts. */
@Component
public class OperationsAnswers {

    /** How long a regular may stay away, and how far back their orders are looked for. */
    static final int AWAY_DAYS = 30;
    static final int REGULAR_DAYS = 180;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Catalogue catalogue;
    private final OrderManagement orders;
    private final Customers customers;
    private final LabourReport labour;
    private final StaffingAlerts staffing;

    OperationsAnswers(Catalogue catalogue, OrderManagement orders, Customers customers, LabourReport labour,
                      StaffingAlerts staffing) {
        this.catalogue = catalogue;
        this.orders = orders;
        this.customers = customers;
        this.labour = labour;
        this.staffing = staffing;
    }

    public Draft answer(Intent intent, Scope scope) {
        return switch (intent) {
            case LOW_STOCK -> lowStock(scope);
            case BEST_CUSTOMERS -> bestCustomers(scope);
            case AT_RISK_CUSTOMERS -> atRisk(scope);
            case UNDERSTAFFED -> understaffed(scope);
            case LABOUR_COST -> labourCost(scope);
            default -> throw new IllegalArgumentException("not an operations question: " + intent);
        };
    }

    private List<Item> tracked(Scope scope) {
        return TenantContext.callAs(scope.place().tenantId(), () -> CatalogueItems.all(catalogue)).stream()
                .filter(i -> i.active() && i.trackStock())
                .filter(i -> scope.product() == null || i.id().equals(scope.product().id()))
                .filter(i -> scope.category() == null || Text.normalise(scope.category()).equals(Text.normalise(
                        i.category() == null ? "" : i.category())))
                .toList();
    }

    private Draft lowStock(Scope scope) {
        Phrases say = scope.say();
        List<Item> low = tracked(scope).stream().filter(i -> i.availableStock() <= i.minStock())
                .sorted(Comparator.comparingInt((Item i) -> i.availableStock() - i.minStock()).thenComparing(Item::name)).toList();
        List<List<Object>> rows = low.stream().map(i -> List.<Object>of(i.id().toString(), i.name(), i.availableStock(),
                i.minStock())).toList();
        List<String> listed = low.stream().limit(scope.limit())
                .map(i -> say.say("low_stock.item", i.name(), say.count(i.availableStock()), say.count(i.minStock()))).toList();
        String text = low.isEmpty() ? say.say("low_stock.none")
                : say.say("low_stock", say.count(low.size()), String.join(", ", listed));
        return new Draft(text, List.of(new Answer.Figure("low_stock", (long) low.size(), "items")),
                new Answer.Table(List.of("item_id", "name", "available", "min_stock"), rows),
                Draft.source("inventory_stock", "rule", "available_stock <= min_stock", "location_id", scope.place().tenantId().toString()));
    }

    private Draft bestCustomers(Scope scope) {
        Phrases say = scope.say();
        OrderFacts facts = OrderFacts.of(orders, scope.place(), scope.from(), scope.to());
        List<OrderFacts.Spend> best = facts.customers.values().stream()
                .sorted(Comparator.comparing(OrderFacts.Spend::revenue).reversed().thenComparing(OrderFacts.Spend::customerId))
                .limit(scope.limit()).toList();
        return customerTable(best, scope, best.isEmpty() ? say.say("best_customers.none", scope.period()) : null, "best_customers",
                Draft.query("revenue", List.of("customer"), scope.filters(), scope, null));
    }

    /** Customers with at least two orders in the last six months and none in the last thirty days, biggest spenders first. */
    private Draft atRisk(Scope scope) {
        LocalDate today = scope.place().today();
        OrderFacts facts = OrderFacts.of(orders, scope.place(), today.minusDays(REGULAR_DAYS - 1L), today);
        Instant awaySince = scope.place().start(today.minusDays(AWAY_DAYS - 1L));
        List<OrderFacts.Spend> away = facts.customers.values().stream()
                .filter(s -> s.orders() >= 2 && s.last().isBefore(awaySince))
                .sorted(Comparator.comparing(OrderFacts.Spend::revenue).reversed().thenComparing(OrderFacts.Spend::customerId))
                .toList();
        return customerTable(away.stream().limit(scope.limit()).toList(), scope,
                away.isEmpty() ? scope.say().say("at_risk_customers.none") : null, "at_risk_customers",
                Draft.source("orders", "rule", "at least 2 orders in " + REGULAR_DAYS + " days, none in " + AWAY_DAYS,
                        "from", today.minusDays(REGULAR_DAYS - 1L).toString(), "to", today.toString(),
                        "location_id", scope.place().tenantId().toString()));
    }

    private Draft customerTable(List<OrderFacts.Spend> listed, Scope scope, String none, String key, Map<String, Object> query) {
        Phrases say = scope.say();
        Map<UUID, String> names = new java.util.HashMap<>();
        for (UUID seller : scope.place().sellers()) {
            TenantContext.runAs(seller, () -> listed.stream().filter(s -> !names.containsKey(s.customerId()))
                    .forEach(s -> customers.find(s.customerId()).ifPresent(c -> names.put(s.customerId(), name(c)))));
        }
        listed.forEach(s -> names.putIfAbsent(s.customerId(), s.customerId().toString().substring(0, 8)));
        List<List<Object>> rows = listed.stream().map(s -> List.<Object>of(s.customerId().toString(), names.get(s.customerId()),
                s.orders(), s.revenue(), scope.place().settings().businessDate(s.last()).toString())).toList();
        List<Answer.Figure> figures = listed.stream().map(s -> new Answer.Figure(names.get(s.customerId()), s.revenue(),
                scope.place().currency())).toList();
        String text = none != null ? none : "at_risk_customers".equals(key)
                ? say.say(key, say.count(listed.size()), join(listed, names, say))
                : say.say(key, scope.period(), join(listed, names, say));
        return new Draft(text, figures, new Answer.Table(List.of("customer_id", "name", "orders", "revenue", "last_order"), rows),
                query);
    }

    private static String join(List<OrderFacts.Spend> listed, Map<UUID, String> names, Phrases say) {
        return listed.stream().map(s -> names.get(s.customerId()) + " (" + say.money(s.revenue()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String name(Customer customer) {
        String name = ((customer.firstName() == null ? "" : customer.firstName()) + " "
                + (customer.lastName() == null ? "" : customer.lastName())).trim();
        return name.isEmpty() ? (customer.email() != null ? customer.email() : customer.id().toString().substring(0, 8)) : name;
    }

    /** The staffing alerts raised for hours of those days at the place. */
    private Draft understaffed(Scope scope) {
        Phrases say = scope.say();
        Instant from = scope.place().start(scope.from());
        Instant to = scope.place().start(scope.to().plusDays(1));
        List<StaffingAlert> alerts = new ArrayList<>();
        Instant before = null;
        UUID beforeId = null;
        for (int pages = 0; pages < 20; pages++) {
            List<StaffingAlert> page = staffing.page(StaffingAlert.Status.ALL, before, beforeId, 200);
            page.stream().filter(a -> a.kind() == StaffingAlert.Kind.UNDERSTAFFED && scope.place().tenantId().equals(a.locationId())
                    && !a.hourStart().isBefore(from) && a.hourStart().isBefore(to)).forEach(alerts::add);
            if (page.size() < 200) {
                break;
            }
            before = page.get(page.size() - 1).raisedAt();
            beforeId = page.get(page.size() - 1).id();
        }
        alerts.sort(Comparator.comparing(StaffingAlert::hourStart));
        DateTimeFormatter hour = DateTimeFormatter.ofPattern(scope.from().equals(scope.to()) ? "HH:mm" : "yyyy-MM-dd HH:mm");
        List<List<Object>> rows = alerts.stream().map(a -> List.<Object>of(a.hourStart().toString(),
                a.orders(), a.staffOnShift(), a.threshold(), a.severity().name().toLowerCase(java.util.Locale.ROOT))).toList();
        List<String> listed = alerts.stream().limit(scope.limit()).map(a -> say.say("understaffed.item",
                hour.format(a.hourStart().atZone(scope.place().settings().zone())), say.number(a.orders()),
                say.count(a.staffOnShift()))).toList();
        String text = alerts.isEmpty() ? say.say("understaffed.none", scope.period())
                : say.say("understaffed", say.count(alerts.size()), scope.period(), String.join(", ", listed));
        return new Draft(text, List.of(new Answer.Figure("understaffed_hours", (long) alerts.size(), "hours")),
                new Answer.Table(List.of("hour", "orders", "staff_on_shift", "orders_per_staff_hour", "severity"), rows),
                Draft.source("workforce_alerts", "kind", "understaffed", "from", scope.from().toString(), "to", scope.to().toString(),
                        "location_id", scope.place().tenantId().toString()));
    }

    private Draft labourCost(Scope scope) {
        Phrases say = scope.say();
        String currency = scope.place().currency();
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        List<List<Object>> rows = new ArrayList<>();
        for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
            LabourDay report = labour.day(day, scope.place().tenantId());
            cost = cost.add(report.totals().labourCost());
            revenue = revenue.add(report.totals().revenue());
            rows.add(java.util.Arrays.asList(day.toString(), report.totals().revenue(), report.totals().labourCost(),
                    report.totals().labourPercent()));
        }
        BigDecimal percent = revenue.signum() == 0 ? null : cost.multiply(HUNDRED).divide(revenue, 1, RoundingMode.HALF_UP);
        String text = say.say("labour_cost", scope.period(), say.money(cost), say.money(revenue),
                percent == null ? say.say("no_percent") : say.percent(percent));
        List<Answer.Figure> figures = new ArrayList<>(List.of(new Answer.Figure("labour_cost", cost, currency),
                new Answer.Figure("revenue", revenue, currency)));
        figures.add(new Answer.Figure("labour_percent_of_sales", percent, "percent"));
        return new Draft(text, figures, new Answer.Table(List.of("date", "revenue", "labour_cost", "labour_percent"), rows),
                Draft.source("workforce_labour", "from", scope.from().toString(), "to", scope.to().toString(),
                        "location_id", scope.place().tenantId().toString()));
    }
}
