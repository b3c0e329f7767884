package cloud.olympus.server.analytics;

import static cloud.olympus.server.analytics.RungSales.rung;
import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures on a constructed day, an organisation summing its locations, a new sale in
 * the next read, and who may read whose dashboard.
 */
class DashboardTests extends ApiTest {

    @Autowired
    AnalyticsRollups rollups;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConstructedDayShowsExactlyItsSalesItemsPaymentsCustomersStockAndStaff() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        ZoneId zone = tenants.settingsOf(tenant).zone();
        LocalDate day = LocalDate.now(zone).minusDays(2);
        String mug = shop.item(ItemBuilder.item("MUG", "10.00").category("Kitchen").unitCost("4.00").stock(100).minStock(5));
        String pen = shop.item(ItemBuilder.item("PEN", "2.00").category("Office").stock(3).minStock(5));
        String first = rung(shop, mug, "10.00", 2, at(day, 9, 10, zone), "card");
        rung(shop, pen, "2.00", 1, at(day, 9, 40, zone), "cash");
        rung(shop, mug, "10.00", 1, at(day, 14, 5, zone), "card");
        rung(shop, mug, "10.00", 1, at(day.minusDays(1), 10, 0, zone), "cash");
        rung(shop, pen, "2.00", 2, at(day.minusDays(7), 9, 30, zone), "card");
        Http.Response refunded = shop.owner().post("/api/v1/orders/" + first + "/refunds", refund("5.00", "scratched"));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, rollups::hours),
                hours -> hours.stream().mapToLong(HourRollup::orders).sum() == 5
                        && hours.stream().anyMatch(h -> h.refunds().signum() > 0));
        customerDays(tenant, day);

        JsonNode dashboard = ok(shop.owner().get("/api/v1/analytics/dashboard?date=" + day));

        assertThat(dashboard.get("date").asString()).isEqualTo(day.toString());
        assertThat(dashboard.get("scope").asString()).isEqualTo("location");
        assertThat(dashboard.get("tenant_id").asString()).isEqualTo(tenant.toString());
        assertThat(dashboard.get("currency").asString()).isEqualTo("USD");
        assertThat(Instant.parse(dashboard.get("as_of").asString())).isBeforeOrEqualTo(Instant.now());
        JsonNode sales = dashboard.get("sales");
        // 21.65 + 2.17 + 10.83 less 5.00 refunded
        assertMoney(sales.get("revenue"), "29.65");
        assertThat(sales.get("orders").asLong()).isEqualTo(3);
        assertMoney(sales.get("average_order"), "9.88");
        assertMoney(sales.get("refunds"), "5.00");
        assertThat(sales.get("items").asLong()).isEqualTo(4);
        assertMoney(sales.get("vs_yesterday").get("revenue"), "10.83");
        assertThat(sales.get("vs_yesterday").get("orders").asLong()).isEqualTo(1);
        assertMoney(sales.get("vs_yesterday").get("revenue_change_percent"), "173.8");
        assertMoney(sales.get("vs_last_week").get("revenue"), "4.33");
        assertMoney(sales.get("vs_last_week").get("revenue_change_percent"), "584.8");

        JsonNode hours = dashboard.get("by_hour");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(9).get("hour").asInt()).isEqualTo(9);
        assertMoney(hours.get(9).get("revenue"), "18.82");
        assertThat(hours.get(9).get("orders").asLong()).isEqualTo(2);
        assertMoney(hours.get(9).get("last_week_revenue"), "4.33");
        assertThat(hours.get(9).get("last_week_orders").asLong()).isEqualTo(1);
        assertMoney(hours.get(14).get("revenue"), "10.83");
        assertMoney(hours.get(10).get("revenue"), "0.00");
        assertThat(list(dashboard.get("peak_hours"))).containsExactly("9", "14");

        JsonNode products = dashboard.get("top_products");
        assertThat(products).hasSize(2);
        assertThat(products.get(0).get("item_id").asString()).isEqualTo(mug);
        assertThat(products.get(0).get("name").asString()).isEqualTo("Item MUG");
        assertThat(products.get(0).get("quantity").asLong()).isEqualTo(3);
        assertMoney(products.get(0).get("revenue"), "32.48");
        assertThat(products.get(1).get("item_id").asString()).isEqualTo(pen);
        assertMoney(products.get(1).get("revenue"), "2.17");
        JsonNode categories = dashboard.get("top_categories");
        assertThat(categories).hasSize(2);
        assertThat(categories.get(0).get("name").asString()).isEqualTo("Kitchen");
        assertThat(categories.get(0).get("category_id").asString()).isNotBlank();
        assertThat(categories.get(1).get("name").asString()).isEqualTo("Office");
        assertThat(categories.get(1).get("quantity").asLong()).isEqualTo(1);

        JsonNode mix = dashboard.get("payment_mix");
        assertThat(mix).hasSize(2);
        assertThat(mix.get(0).get("method").asString()).isEqualTo("card");
        assertMoney(mix.get(0).get("amount"), "27.48");
        assertThat(mix.get(0).get("count").asLong()).isEqualTo(2);
        assertMoney(mix.get(0).get("share_percent"), "92.7");
        assertThat(mix.get(1).get("method").asString()).isEqualTo("cash");
        assertMoney(mix.get(1).get("amount"), "2.17");
        assertMoney(mix.get(1).get("share_percent"), "7.3");

        JsonNode customers = dashboard.get("customers");
        assertThat(customers.get("new").asLong()).isEqualTo(1);
        assertThat(customers.get("returning").asLong()).isEqualTo(1);
        assertThat(customers.get("loyalty_members").asLong()).isZero();
        assertThat(customers.get("at_risk").asLong()).isEqualTo(2);

        JsonNode inventory = dashboard.get("inventory");
        assertThat(inventory.get("low_stock").asLong()).isEqualTo(1);
        assertThat(inventory.get("stock_out_risk").asLong()).isEqualTo(1);
        // 96 mugs at their cost of 4.00; no pens left
        assertMoney(inventory.get("stock_value"), "384.00");

        JsonNode staff = dashboard.get("staff");
        assertThat(staff.get("on_shift_now").asInt()).isZero();
        assertMoney(staff.get("labour_cost"), "0.00");
        assertMoney(staff.get("labour_percent_of_sales"), "0.0");
        assertThat(dashboard.get("locations")).isEmpty();
    }

    @Test
    void anOrganisationSumsItsLocationsAndAnotherBusinesssLocationIsNotThere() {
        TestOrganisation org = TestOrganisation.open(http());
        paid(new TestShop(org.org(), org.atNorth()), org.orderAtNorth());
        paid(new TestShop(org.org(), org.atSouth()), org.orderAtSouth());
        paid(new TestShop(org.org(), org.atSouth()), org.orderAtSouth());
        await().atMost(Duration.ofSeconds(30)).until(() -> ok(org.owner().get("/api/v1/analytics/dashboard"))
                .get("sales").get("orders").asLong() == 3);

        JsonNode whole = ok(org.owner().get("/api/v1/analytics/dashboard"));
        assertThat(whole.get("scope").asString()).isEqualTo("organisation");
        assertThat(whole.get("tenant_id").asString()).isEqualTo(org.org().id().toString());
        assertThat(whole.get("locations")).hasSize(2);
        assertThat(whole.get("locations").get(0).get("tenant_id").asString()).isEqualTo(org.south());
        assertThat(whole.get("locations").get(0).get("orders").asLong()).isEqualTo(2);
        assertThat(whole.get("locations").get(1).get("orders").asLong()).isEqualTo(1);
        assertThat(whole.get("top_products")).hasSize(2);

        JsonNode north = ok(org.owner().get("/api/v1/analytics/dashboard?location_id=" + org.north()));
        assertThat(north.get("scope").asString()).isEqualTo("location");
        assertThat(north.get("tenant_id").asString()).isEqualTo(org.north());
        assertThat(north.get("sales").get("orders").asLong()).isEqualTo(1);
        assertThat(north.get("locations")).isEmpty();

        TestShop other = openShop("retail");
        Http.Response foreign = other.owner().get("/api/v1/analytics/dashboard?location_id=" + org.north());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(org.atNorth().get("/api/v1/analytics/dashboard?location_id=" + org.org().id()).status()).isEqualTo(404);
    }

    @Test
    void aNewSaleIsInTheNextReadOfACachedDashboard() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        String mug = shop.item("MUG", "10.00", 50);
        paid(shop, shop.placed(mug, 1).get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> ok(shop.owner().get("/api/v1/analytics/dashboard"))
                .get("sales").get("orders").asLong() == 1);
        JsonNode cached = ok(shop.owner().get("/api/v1/analytics/dashboard"));
        assertThat(ok(shop.owner().get("/api/v1/analytics/dashboard")).get("as_of")).isEqualTo(cached.get("as_of"));

        paid(shop, shop.placed(mug, 2).get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, rollups::hours).stream()
                .mapToLong(HourRollup::orders).sum() == 2);

        JsonNode next = ok(shop.owner().get("/api/v1/analytics/dashboard"));
        assertThat(next.get("sales").get("orders").asLong()).isEqualTo(2);
        assertThat(next.get("sales").get("items").asLong()).isEqualTo(3);
    }

    @Test
    void todayIsComparedWithTheOtherDaysOnlyAsFarAsItHasGone() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        TenantSettings settings = tenants.settingsOf(tenant);
        Instant now = Instant.now();
        LocalDate today = BusinessDays.dateOf(now, settings);
        Duration sofar = Duration.between(BusinessDays.start(today, settings), now);
        Instant yesterday = BusinessDays.start(today.minusDays(1), settings);
        Instant lastWeek = BusinessDays.start(today.minusDays(7), settings);
        String mug = shop.item(ItemBuilder.item("MUG", "10.00").stock(100));
        rung(shop, mug, "10.00", 1, yesterday.plus(sofar.dividedBy(2)), "card");
        rung(shop, mug, "10.00", 1, lastWeek.plus(sofar.dividedBy(2)), "card");
        // Later in the day than today has gone yet, while the other day was still open.
        Duration later = sofar.plusMinutes(61);
        boolean laterInTheDay = later.compareTo(Duration.ofHours(23)) < 0;
        if (laterInTheDay) {
            rung(shop, mug, "10.00", 2, yesterday.plus(later), "card");
            rung(shop, mug, "10.00", 2, lastWeek.plus(later), "card");
        }
        long rungSales = laterInTheDay ? 4 : 2;
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, rollups::hours).stream()
                .mapToLong(HourRollup::orders).sum() == rungSales);

        JsonNode sales = ok(shop.owner().get("/api/v1/analytics/dashboard")).get("sales");
        assertThat(sales.get("vs_yesterday").get("orders").asLong()).isEqualTo(1);
        assertMoney(sales.get("vs_yesterday").get("revenue"), "10.83");
        assertThat(sales.get("vs_last_week").get("orders").asLong()).isEqualTo(1);
        assertMoney(sales.get("vs_last_week").get("revenue"), "10.83");

        // A day gone by is compared whole.
        JsonNode dayBefore = ok(shop.owner().get("/api/v1/analytics/dashboard?date=" + today.minusDays(1))).get("sales");
        assertThat(dayBefore.get("orders").asLong()).isEqualTo(rungSales / 2);
    }

    @Test
    void onlyReportReadersMayAskAndBadDatesAreRefused() {
        TestOrganisation org = TestOrganisation.open(http());
        Http cashier = http(org.northUser("cashier"));
        assertThat(cashier.get("/api/v1/analytics/dashboard").status()).isEqualTo(403);
        Http manager = http(org.northUser("manager"));
        assertThat(manager.get("/api/v1/analytics/dashboard").status()).isEqualTo(200);
        for (String date : List.of("99999-01-01", "1e1000000", "2026-02-30", "1999-12-31", "tomorrow", "2026-1-1")) {
            Http.Response bad = manager.get("/api/v1/analytics/dashboard?date=" + date);
            assertThat(bad.status()).as(date).isEqualTo(400);
            assertThat(bad.json().get("field").asString()).isEqualTo("date");
        }
        assertThat(manager.get("/api/v1/analytics/dashboard?location_id=north").status()).isEqualTo(400);
    }

    @Test
    void customersOnAnyDayAreCountedFromTheirDaysUpToIt() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        LocalDate today = LocalDate.now(tenants.settingsOf(tenant).zone());
        // Regulars, customers who lapse and come back, and some who come only after the earlier dates asked for.
        TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            for (int c = 0; c < 12; c++) {
                UUID customer = UUID.randomUUID();
                for (int visit = 0; visit <= c % 5; visit++) {
                    LocalDate day = today.minusDays((c * 13L) % 100 + visit * (c + 3L) * (visit == 3 ? 9 : 1));
                    jdbc.sql("""
                                    INSERT INTO analytics.customer_days (tenant_id, customer_id, day, orders, spent)
                                    VALUES (:t, :c, :d, 1, 5) ON CONFLICT DO NOTHING
                                    """)
                            .param("t", tenant).param("c", customer).param("d", day).update();
                }
            }
            return null;
        }));

        for (LocalDate date = today.minusDays(120); !date.isAfter(today); date = date.plusDays(7)) {
            JsonNode customers = ok(shop.owner().get("/api/v1/analytics/dashboard?date=" + date)).get("customers");
            assertThat(List.of(customers.get("new").asLong(), customers.get("returning").asLong(), customers.get("at_risk").asLong()))
                    .as(date.toString()).isEqualTo(countedFromTheDays(tenant, date));
        }

        // Days taken away: each customer concerned is counted again from the days left.
        TenantContext.callAs(tenant, () -> transactions.execute(status -> jdbc.sql(
                "DELETE FROM analytics.customer_days WHERE day < :d").param("d", today.minusDays(40)).update()));
        RollupSnapshot left = TenantContext.callAs(tenant, rollups::snapshot);
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        left.customers().forEach(d -> days.computeIfAbsent(d.customerId(), k -> new ArrayList<>()).add(d.day()));
        assertThat(left.customerSummaries()).containsExactlyInAnyOrderElementsOf(days.entrySet().stream()
                .map(e -> new CustomerSummaryRollup(e.getKey(), e.getValue().get(0), e.getValue().get(e.getValue().size() - 1),
                        e.getValue().size()))
                .toList());
    }

    /** New, returning and at-risk customers on the date, as every day of every customer up to it says. */
    private List<Long> countedFromTheDays(UUID tenant, LocalDate date) {
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> jdbc.sql("""
                        WITH history AS (
                            SELECT customer_id, min(day) AS first_day, max(day) AS last_day, count(*) AS days,
                                   bool_or(day = :date) AS came
                              FROM analytics.customer_days WHERE day <= :date GROUP BY customer_id)
                        SELECT count(*) FILTER (WHERE came AND first_day = :date) AS new_customers,
                               count(*) FILTER (WHERE came AND first_day < :date) AS returning,
                               count(*) FILTER (WHERE :date - last_day > 60
                                                   OR (days >= 2 AND (:date - last_day) * (days - 1) > 2 * (last_day - first_day)))
                                   AS at_risk
                          FROM history
                        """)
                .param("date", date)
                .query((rs, n) -> List.of(rs.getLong("new_customers"), rs.getLong("returning"), rs.getLong("at_risk")))
                .single()));
    }

    private void customerDays(UUID tenant, LocalDate day) {
        // Visits as the rollups keep them: one customer new that day, one returning, two lapsing, one regular.
        List<Object[]> visits = new ArrayList<>();
        UUID lapsedLong = UUID.randomUUID();
        UUID lapsedUsual = UUID.randomUUID();
        UUID regular = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID back = UUID.randomUUID();
        visits.add(new Object[] {lapsedLong, day.minusDays(61)});
        visits.add(new Object[] {lapsedUsual, day.minusDays(50)});
        visits.add(new Object[] {lapsedUsual, day.minusDays(45)});
        visits.add(new Object[] {regular, day.minusDays(30)});
        visits.add(new Object[] {regular, day.minusDays(20)});
        visits.add(new Object[] {regular, day.minusDays(10)});
        visits.add(new Object[] {fresh, day});
        visits.add(new Object[] {back, day.minusDays(5)});
        visits.add(new Object[] {back, day});
        visits.add(new Object[] {UUID.randomUUID(), day.plusDays(1)});
        TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            for (Object[] visit : visits) {
                jdbc.sql("INSERT INTO analytics.customer_days (tenant_id, customer_id, day, orders, spent) VALUES (:t, :c, :d, 1, 5)")
                        .param("t", tenant).param("c", visit[0]).param("d", visit[1]).update();
            }
            return null;
        }));
    }

    /** Pays the order in cash and takes it through the kitchen to completed. */
    static void paid(TestShop shop, String orderId) {
        JsonNode order = shop.owner().get("/api/v1/orders/" + orderId).json();
        Http.Response paid = shop.pay(orderId, "cash", order.get("total").decimalValue().toPlainString());
        assertThat(paid.status()).as(paid.toString()).isBetween(200, 201);
        for (String next : List.of("confirmed", "preparing", "ready", "completed")) {
            if (!"completed".equals(shop.owner().get("/api/v1/orders/" + orderId).json().get("status").asString())) {
                assertThat(shop.status(orderId, next).status()).isEqualTo(200);
            }
        }
    }

    private static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void assertMoney(JsonNode value, String expected) {
        assertThat(value.decimalValue()).as(value.toString()).isEqualTo(new BigDecimal(expected));
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
