package cloud.olympus.server.analytics;

import static cloud.olympus.server.analytics.RungSales.rung;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Questions asked of the rollups: exact answers on a constructed week, CSV that a spreadsheet cannot
 * mistake for formulas, every word outside the allow-list refused naming its field, and another
 * business's location not there.
 */
class AnalyticsQueryTests extends ApiTest {

    @Autowired
    AnalyticsRollups rollups;
    @Autowired
    Tenants tenants;

    TestShop shop;
    LocalDate day;
    String mug;
    String pen;

    @BeforeEach
    void sellForAFewDays() {
        shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        ZoneId zone = tenants.settingsOf(tenant).zone();
        day = LocalDate.now(zone).minusDays(3);
        mug = shop.item(ItemBuilder.item("MUG", "10.00").name("=HYPERLINK(\"x\"),mug").category("Kitchen").stock(100));
        pen = shop.item(ItemBuilder.item("PEN", "2.00").category("Office").stock(100));
        rung(shop, mug, "10.00", 2, at(day, 9, zone), "card");
        rung(shop, pen, "2.00", 1, at(day, 9, zone), "cash");
        rung(shop, mug, "10.00", 1, at(day.plusDays(1), 14, zone), "card");
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, rollups::hours).stream()
                .mapToLong(HourRollup::orders).sum() == 3);
    }

    @Test
    void answersFromTheRollupsExactly() {
        JsonNode byDay = ok(ask(Map.of("metric", "revenue", "dimensions", List.of("day"), "from", day.toString(),
                "to", day.plusDays(1).toString())));
        assertThat(texts(byDay.get("columns"))).containsExactly("day", "revenue");
        assertThat(byDay.get("rows")).hasSize(2);
        assertThat(byDay.get("rows").get(0).get(0).asString()).isEqualTo(day.toString());
        assertThat(byDay.get("rows").get(0).get(1).decimalValue()).isEqualByComparingTo("23.82");
        assertThat(byDay.get("rows").get(1).get(1).decimalValue()).isEqualByComparingTo("10.83");
        assertThat(byDay.get("query").get("order").asString()).isEqualTo("dimensions");
        assertThat(byDay.get("sql").asString()).contains("analytics.sales_by_hour").contains(":from").doesNotContain(day.toString());

        JsonNode byProduct = ok(ask(Map.of("metric", "quantity", "dimensions", List.of("product"), "from", day.toString())));
        assertThat(texts(byProduct.get("columns"))).containsExactly("item_id", "item_name", "quantity");
        assertThat(byProduct.get("rows").get(0).get(0).asString()).isEqualTo(mug);
        assertThat(byProduct.get("rows").get(0).get(2).asLong()).isEqualTo(3);
        assertThat(byProduct.get("rows").get(1).get(0).asString()).isEqualTo(pen);

        JsonNode byCategory = ok(ask(Map.of("metric", "revenue", "dimensions", List.of("category"), "from", day.toString(),
                "filters", Map.of("item_id", pen))));
        assertThat(byCategory.get("rows")).hasSize(1);
        assertThat(byCategory.get("rows").get(0).get(1).asString()).isEqualTo("Office");
        assertThat(byCategory.get("rows").get(0).get(2).decimalValue()).isEqualByComparingTo("2.17");

        JsonNode byMethod = ok(ask(Map.of("metric", "orders", "dimensions", List.of("payment_method"), "from", day.toString())));
        assertThat(byMethod.get("rows").get(0).get(0).asString()).isEqualTo("card");
        assertThat(byMethod.get("rows").get(0).get(1).asLong()).isEqualTo(2);

        JsonNode average = ok(ask(Map.of("metric", "average_order", "from", day.toString())));
        assertThat(average.get("rows")).hasSize(1);
        assertThat(average.get("rows").get(0).get(0).decimalValue()).isEqualByComparingTo("11.55");

        JsonNode series = ok(ask(Map.of("metric", "orders", "dimensions", List.of("hour"), "granularity", "day",
                "from", day.toString(), "limit", 1)));
        assertThat(texts(series.get("columns"))).containsExactly("period", "hour", "orders");
        assertThat(series.get("rows")).hasSize(1);
        assertThat(series.get("rows").get(0).get(1).asInt()).isEqualTo(9);
        assertThat(series.get("rows").get(0).get(2).asLong()).isEqualTo(2);
        assertThat(series.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void answersSeveralMetricsOfTheSameRowsOrderedByTheFirst() {
        JsonNode products = ok(ask(Map.of("metric", "quantity", "extra_metrics", List.of("revenue", "items"),
                "dimensions", List.of("product"), "from", day.toString())));
        assertThat(texts(products.get("columns"))).containsExactly("item_id", "item_name", "quantity", "revenue", "items");
        assertThat(products.at("/query/extra_metrics").toString()).isEqualTo("[\"revenue\",\"items\"]");
        assertThat(products.get("rows").get(0).get(0).asString()).isEqualTo(mug);
        assertThat(products.get("rows").get(0).get(2).asLong()).isEqualTo(3);
        assertThat(products.get("rows").get(0).get(3).decimalValue()).isEqualByComparingTo("32.48");
        assertThat(products.get("rows").get(1).get(3).decimalValue()).isEqualByComparingTo("2.17");

        JsonNode totals = ok(ask(Map.of("metric", "revenue", "extra_metrics", List.of("orders", "average_order", "refunds"),
                "from", day.toString())));
        assertThat(totals.get("rows").get(0).get(0).decimalValue()).isEqualByComparingTo("34.65");
        assertThat(totals.get("rows").get(0).get(1).asLong()).isEqualTo(3);
        assertThat(totals.get("rows").get(0).get(2).decimalValue()).isEqualByComparingTo("11.55");
        assertThat(totals.get("rows").get(0).get(3).decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void daysAreBusinessDaysAsTheDashboardCountsThem() {
        UUID tenant = shop.tenant().id();
        var settings = tenants.settingsOf(tenant);
        assertThat(settings.businessDayStart()).isEqualTo(java.time.LocalTime.of(4, 0));
        // Sold after midnight, before the next business day starts: the day before's.
        rung(shop, pen, "2.00", 1, day.plusDays(1).atTime(2, 15).atZone(settings.zone()).toInstant(), "cash");
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, rollups::hours).stream()
                .mapToLong(HourRollup::orders).sum() == 4);
        JsonNode byDay = ok(ask(Map.of("metric", "revenue", "extra_metrics", List.of("orders"), "dimensions", List.of("day"),
                "from", day.toString(), "to", day.plusDays(1).toString())));
        assertThat(byDay.get("rows").get(0).get(0).asString()).isEqualTo(day.toString());
        assertThat(byDay.get("rows").get(0).get(1).decimalValue()).isEqualByComparingTo("25.99");
        assertThat(byDay.get("rows").get(0).get(2).asLong()).isEqualTo(3);
        assertThat(byDay.get("rows").get(1).get(1).decimalValue()).isEqualByComparingTo("10.83");
        JsonNode oneDay = ok(ask(Map.of("metric", "revenue", "from", day.toString(), "to", day.toString())));
        assertThat(oneDay.at("/rows/0/0").decimalValue()).isEqualByComparingTo("25.99");
        JsonNode dashboard = ok(shop.owner().get("/api/v1/analytics/dashboard?date=" + day));
        assertThat(dashboard.at("/sales/revenue").decimalValue()).isEqualByComparingTo("25.99");
        assertThat(dashboard.at("/sales/orders").asLong()).isEqualTo(3);
    }

    @Test
    void answersCsvThatNoSpreadsheetTakesForAFormula() {
        Http.Response csv = shop.owner().withHeader("Accept", "text/csv").post("/api/v1/analytics/query",
                Map.of("metric", "revenue", "dimensions", List.of("product"), "from", day.toString()));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("item_id,item_name,revenue\r\n"
                + mug + ",\"'=HYPERLINK(\"\"x\"\"),mug\",32.48\r\n"
                + pen + ",Item PEN,2.17\r\n");
    }

    @Test
    void refusesAnythingOutsideTheAllowListNamingTheField() {
        String from = day.toString();
        refused(Map.of("metric", "profit"), "metric");
        refused(Map.of("metric", "revenue; DROP TABLE analytics.sales_by_hour"), "metric");
        refused(Map.of("metric", "revenue", "dimensions", List.of("customer")), "dimensions");
        refused(Map.of("metric", "revenue", "dimensions", List.of("day) FROM commerce.orders --")), "dimensions");
        refused(Map.of("metric", "revenue", "filters", Map.of("customer_id", UUID.randomUUID().toString())), "filters");
        refused(Map.of("metric", "revenue", "filters", Map.of("item_id", "x' OR '1'='1")), "filters.item_id");
        refused(Map.of("metric", "revenue", "filters", Map.of("payment_method", "cash' --")), "filters.payment_method");
        refused(Map.of("metric", "revenue", "granularity", "year"), "granularity");
        refused(Map.of("metric", "revenue", "order", "revenue DESC; --"), "order");
        refused(Map.of("metric", "revenue", "from", "2026-11-20", "to", "2026-11-01"), "from");
        refused(Map.of("metric", "revenue", "from", "2020-01-01", "to", "2026-11-01"), "to");
        refused(Map.of("metric", "revenue", "from", "1e1000000"), "from");
        refused(Map.of("metric", "revenue", "limit", 0), "limit");
        refused(Map.of("metric", "orders", "dimensions", List.of("product")), "metric");
        refused(Map.of("metric", "revenue", "dimensions", List.of("product", "payment_method"), "from", from), "dimensions");
        refused(Map.of("metric", "revenue", "extra_metrics", List.of("profit")), "extra_metrics");
        refused(Map.of("metric", "revenue", "extra_metrics", List.of("orders) FROM auth.users --")), "extra_metrics");
        refused(Map.of("metric", "revenue", "extra_metrics", List.of("revenue")), "extra_metrics");
        refused(Map.of("metric", "revenue", "extra_metrics", List.of("orders", "orders")), "extra_metrics");
        refused(Map.of("metric", "revenue", "extra_metrics", List.of("orders", "items", "refunds", "average_order", "quantity",
                "orders")), "extra_metrics");
        refused(Map.of("metric", "quantity", "extra_metrics", List.of("orders"), "dimensions", List.of("product")),
                "extra_metrics");
        refused(Map.of("metric", "revenue", "extra_metrics", List.of("items"), "dimensions", List.of("payment_method")),
                "extra_metrics");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("metric", "revenue");
        extra.put("sql", "SELECT * FROM auth.users");
        assertThat(shop.owner().post("/api/v1/analytics/query", extra).status()).isEqualTo(400);
    }

    @Test
    void anotherBusinesssLocationIsNotThereAndCashiersMayNotAsk() {
        TestOrganisation org = TestOrganisation.open(http());
        Http.Response foreign = ask(Map.of("metric", "revenue", "filters", Map.of("location_id", org.north())));
        assertThat(foreign.status()).isEqualTo(404);
        JsonNode theirs = ok(org.owner().post("/api/v1/analytics/query", Map.of("metric", "revenue", "dimensions", List.of("product"),
                "from", day.toString())));
        assertThat(theirs.get("rows")).isEmpty();
        JsonNode locations = ok(org.owner().post("/api/v1/analytics/query", Map.of("metric", "orders",
                "dimensions", List.of("location"))));
        assertThat(locations.get("rows")).hasSize(3);
        Http cashier = http(org.northUser("cashier"));
        assertThat(cashier.post("/api/v1/analytics/query", Map.of("metric", "revenue")).status()).isEqualTo(403);
    }

    private void refused(Map<String, Object> body, String field) {
        Http.Response refused = ask(body);
        assertThat(refused.status()).as(body + " " + refused).isEqualTo(400);
        JsonNode problem = refused.json();
        String named = problem.has("field") ? problem.get("field").asString() : problem.get("errors").get(0).get("field").asString();
        assertThat(named).as(refused.toString()).isEqualTo(field);
    }

    private Http.Response ask(Map<String, Object> body) {
        return shop.owner().post("/api/v1/analytics/query", body);
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 15).atZone(zone).toInstant();
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
