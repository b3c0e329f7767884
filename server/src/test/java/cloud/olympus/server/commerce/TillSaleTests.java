package cloud.olympus.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.Ledgers;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * A sale the till finished is a fact: recorded with the till's amounts, its stock taken when it was
 * rung, differences from today's catalogue kept for a manager; refused only when it cannot be
 * recorded truthfully. (A cup at 10.00 with 8.25 % tax: 10.83.)
 */
class TillSaleTests extends ApiTest {

    private static final UUID TERMINAL = UUID.randomUUID();

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void aSaleIsRecordedAsRungInOneRequestWithTwoTenders() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        UUID id = UUID.randomUUID();
        Instant rung = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        Http.Response sale = send(shop.owner(), sale(id, rung, List.of(line(cup, 2, "10.00")), "20.00", "1.65", "21.65",
                List.of(tender("card", "10.00", "0"), tender("cash", "20.00", null))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        JsonNode order = sale.json();
        assertThat(order.get("id").asString()).isEqualTo(id.toString());
        assertThat(order.get("status").asString()).isEqualTo("completed");
        assertThat(order.get("payment_status").asString()).isEqualTo("paid");
        assertThat(order.get("total").toString()).isEqualTo("21.65");
        assertThat(order.get("terminal_id").asString()).isEqualTo(TERMINAL.toString());
        assertThat(Instant.parse(order.get("rung_at").asString())).isEqualTo(rung);
        assertThat(order.get("needs_review").asBoolean()).isFalse();
        assertThat(order.get("payments")).hasSize(2);
        JsonNode cash = order.get("payments").valueStream().filter(p -> p.get("method").asString().equals("cash")).findFirst()
                .orElseThrow();
        assertThat(cash.get("amount").toString()).isEqualTo("11.65");
        assertThat(cash.get("change_due").toString()).isEqualTo("8.35");
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(18);
        JsonNode movement = shop.owner().get("/api/v1/inventory/items/" + cup + "/movements").json().get("data").get(0);
        assertThat(movement.get("kind").asString()).isEqualTo("sale");
        assertThat(Instant.parse(movement.get("occurred_at").asString())).isEqualTo(rung);
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void aSaleRungOfflineBeforeAPriceChangeIsRecordedAtThePriceChargedAndWaitsForReview() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        // The till rang the cup at 10.00 offline; meanwhile the price went up to 12.00.
        assertThat(shop.owner().patch("/api/v1/inventory/items/" + cup, Map.of("unit_price", "12.00")).status()).isEqualTo(200);
        UUID id = UUID.randomUUID();
        Map<String, Object> body = sale(id, Instant.now().minusSeconds(600), List.of(line(cup, 1, "10.00")), "10.00", "0.83",
                "10.83", List.of(tender("card", "10.83", null)));
        body.put("offline", true);
        Http.Response sale = send(shop.owner(), body);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().get("total").toString()).isEqualTo("10.83");
        assertThat(sale.json().get("paid_total").toString()).isEqualTo("10.83");
        assertThat(sale.json().get("needs_review").asBoolean()).isTrue();
        assertThat(sale.json().get("offline").asBoolean()).isTrue();
        JsonNode price = sale.json().get("discrepancies").get(0);
        assertThat(price.get("kind").asString()).isEqualTo("unit_price");
        assertThat(price.get("line").asInt()).isEqualTo(1);
        assertThat(price.get("charged").asString()).isEqualTo("10.00");
        assertThat(price.get("expected").asString()).isEqualTo("12.00");

        Http manager = shop.owner();
        JsonNode waiting = manager.get("/api/v1/orders?needs_review=true").json().get("data");
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("id").asString()).isEqualTo(id.toString());
        String cashier = TestTenants.addUserAndLogin(manager, shop.tenant().slug(), "cashier");
        assertThat(http(cashier).post("/api/v1/orders/" + id + "/review", Map.of("note", "ok")).status()).isEqualTo(403);
        Http.Response reviewed = manager.post("/api/v1/orders/" + id + "/review", Map.of("note", "price went up on Monday"));
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.json().get("needs_review").asBoolean()).isFalse();
        assertThat(reviewed.json().get("review_note").asString()).isEqualTo("price went up on Monday");
        assertThat(reviewed.json().get("reviewed_by").asString()).isNotBlank();
        // The line's price and, following from it, the total.
        assertThat(reviewed.json().get("discrepancies").findValuesAsString("kind")).containsExactly("unit_price", "total");
        assertThat(manager.get("/api/v1/orders?needs_review=true").json().get("data")).isEmpty();
    }

    @Test
    void aKitchenSaleRefundedInPartIsStillServedAndOneRefundedInFullIsCancelled() {
        TestShop shop = openShop("restaurant");
        String soup = shop.item("SOUP", "10.00", 20);
        Http owner = shop.owner();
        UUID served = UUID.randomUUID();
        UUID sentBack = UUID.randomUUID();
        for (UUID id : List.of(served, sentBack)) {
            assertThat(send(owner, sale(id, Instant.now(), List.of(line(soup, 2, "10.00")), "20.00", "1.75", "21.75",
                    List.of(tender("card", "21.75", null)))).json().get("status").asString()).isEqualTo("confirmed");
        }
        assertThat(owner.put("/api/v1/orders/" + sentBack + "/status", Map.of("status", "cancelled")).status())
                .as("paid and not refunded: refund first").isEqualTo(409);

        assertThat(owner.post("/api/v1/orders/" + served + "/refunds", Map.of("amount", "10.88", "reason", "one soup cold"))
                .status()).isEqualTo(201);
        for (String next : List.of("preparing", "ready", "completed")) {
            Http.Response moved = owner.put("/api/v1/orders/" + served + "/status", Map.of("status", next));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }

        assertThat(owner.post("/api/v1/orders/" + sentBack + "/refunds", Map.of("amount", "21.75", "reason", "left"))
                .status()).isEqualTo(201);
        Http.Response cancelled = owner.put("/api/v1/orders/" + sentBack + "/status", Map.of("status", "cancelled"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("payment_status").asString()).isEqualTo("refunded");
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void aSaleKeptOfflineSinceYesterdayIsListedWhenItWasRungNotWhenItArrived() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        Instant rung = Instant.now().minus(java.time.Duration.ofHours(26)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = sale(UUID.randomUUID(), rung, List.of(line(cup, 1, "10.00")), "10.00", "0.83", "10.83",
                List.of(tender("cash", "10.83", null)));
        body.put("offline", true);
        String id = send(shop.owner(), body).json().get("id").asString();
        JsonNode then = shop.owner().get("/api/v1/orders?from=" + rung.minusSeconds(3600) + "&to=" + rung.plusSeconds(3600))
                .json().get("data");
        assertThat(then.valueStream().map(o -> o.get("id").asString())).containsExactly(id);
        assertThat(shop.owner().get("/api/v1/orders?from=" + Instant.now().minusSeconds(3600)).json().get("data")).isEmpty();
    }

    @Test
    void aDiscountACashierGaveIsRecordedAndWaitsForAManager() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        // 10.00 less 2.00, at 8.25 %: 8.00 + 0.66
        Map<String, Object> body = sale(UUID.randomUUID(), Instant.now(), List.of(line(cup, 1, "10.00")), "10.00", "0.66", "8.66",
                List.of(tender("cash", "10.00", null)));
        body.put("discounts", List.of(Map.of("type", "fixed", "value", "2.00", "reason", "friend")));
        Http.Response sale = send(http(cashier), body);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().get("total").toString()).isEqualTo("8.66");
        assertThat(sale.json().get("needs_review").asBoolean()).isTrue();
        assertThat(sale.json().get("discrepancies").findValuesAsString("kind")).containsExactly("discount");

        // The same from a manager's till is just a sale.
        Map<String, Object> managers = new LinkedHashMap<>(body);
        managers.put("id", UUID.randomUUID().toString());
        assertThat(send(shop.owner(), managers).json().get("needs_review").asBoolean()).isFalse();
    }

    @Test
    void twoTillsSellingTheLastUnitOfflineAreBothRecordedAndTheStockShowsIt() {
        TestShop shop = openShop("retail");
        String lamp = shop.item(Map.of("sku", "LAMP", "name", "Lamp", "unit_price", "10.00", "current_stock", 1, "min_stock", 0));
        for (int till = 0; till < 2; till++) {
            Map<String, Object> body = sale(UUID.randomUUID(), Instant.now().minusSeconds(60), List.of(line(lamp, 1, "10.00")),
                    "10.00", "0.83", "10.83", List.of(tender("card", "10.83", null)));
            body.put("terminal_id", UUID.randomUUID().toString());
            assertThat(send(shop.owner(), body).status()).isEqualTo(201);
        }
        assertThat(shop.itemNow(lamp).get("current_stock").asInt()).isEqualTo(-1);
        JsonNode alerts = shop.owner().get("/api/v1/inventory/alerts").json().get("data");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("kind").asString()).isEqualTo("stock_depleted");
        assertThat(alerts.get(0).get("severity").asString()).isEqualTo("critical");
        assertThat(alerts.get(0).get("subject").get("id").asString()).isEqualTo(lamp);
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void aSaleSentAgainFromTheSameTillGetsTheRecordedSaleBackWhoeverSendsIt() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        UUID id = UUID.randomUUID();
        Map<String, Object> body = sale(id, Instant.now(), List.of(line(cup, 1, "10.00")), "10.00", "0.83", "10.83",
                List.of(tender("card", "10.83", null)));
        assertThat(send(shop.owner(), body).status()).isEqualTo(201);
        // After a shift change another cashier is logged in on the same till, which sends the sale again.
        String nextShift = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        Http.Response again = send(http(nextShift), body);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(id.toString());
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(19);

        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("notes", "something else");
        assertThat(send(shop.owner(), changed).status()).isEqualTo(422);
        Map<String, Object> elsewhere = new LinkedHashMap<>(body);
        elsewhere.put("terminal_id", UUID.randomUUID().toString());
        Http.Response otherTill = send(shop.owner(), elsewhere);
        assertThat(otherTill.status()).isEqualTo(422);
        assertThat(shop.owner().get("/api/v1/orders").json().get("data")).hasSize(1);
    }

    @Test
    void aSaleThatCannotBeRecordedTruthfullyIsRefusedNamingTheFieldAndNothingIsSaved() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        Http owner = shop.owner();
        List<Map<String, Object>> cup1 = List.of(line(cup, 1, "10.00"));
        List<Map<String, Object>> card = List.of(tender("card", "10.83", null));
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now(), List.of(line(UUID.randomUUID().toString(), 1, "10.00")),
                "10.00", "0.83", "10.83", card), "lines[0].product_id");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now(), cup1, "10.00", "0.83", "10.83",
                List.of(tender("card", "5.00", null))), "tenders");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now(), cup1, "9.00", "0.83", "9.83", card), "subtotal");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now(), cup1, "10.00", "0.83", "12.00", card), "total");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now(), List.of(line(cup, 0, "10.00")), "0.00", "0.00", "0.00",
                card), "lines[0].quantity");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now(), cup1, "10.00", "0.83", "10.83",
                List.of(tender("iou", "10.83", null))), "tenders[0].method");
        Map<String, Object> noTime = sale(UUID.randomUUID(), Instant.now(), cup1, "10.00", "0.83", "10.83", card);
        noTime.remove("rung_at");
        assertRefused(owner, noTime, "rung_at");
        String kitchen = TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "kitchen");
        assertThat(send(http(kitchen), sale(UUID.randomUUID(), Instant.now(), cup1, "10.00", "0.83", "10.83", card)).status())
                .isEqualTo(403);

        assertThat(owner.get("/api/v1/orders").json().get("data")).isEmpty();
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(20);
    }

    @Test
    void aSaleRungBeforeACountButArrivingAfterItDoesNotLowerTheCountedStock() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 10);
        Instant rung = Instant.now().minusSeconds(300);
        // The shelf is counted now: 7 cups (three were sold offline five minutes ago, not yet here).
        assertThat(shop.owner().post("/api/v1/inventory/items/" + cup + "/adjustments", Map.of("counted", 7, "reason", "count"))
                .status()).isEqualTo(201);
        assertThat(send(shop.owner(), sale(UUID.randomUUID(), rung, List.of(line(cup, 3, "10.00")), "30.00", "2.48", "32.48",
                List.of(tender("card", "32.48", null)))).status()).isEqualTo(201);
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(7);
        JsonNode sale = shop.owner().get("/api/v1/inventory/items/" + cup + "/movements").json().get("data").get(0);
        assertThat(sale.get("kind").asString()).isEqualTo("sale");
        assertThat(sale.get("quantity_delta").asInt()).isZero();
        assertThat(sale.get("note").asString()).contains("before the count");
        // A sale rung after the count lowers it as usual.
        assertThat(send(shop.owner(), sale(UUID.randomUUID(), Instant.now(), List.of(line(cup, 1, "10.00")), "10.00", "0.83",
                "10.83", List.of(tender("card", "10.83", null)))).status()).isEqualTo(201);
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(6);
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void aRestaurantSaleGoesToTheKitchenUnlessItWasKeptOffline() {
        TestShop shop = openShop("restaurant");
        String soup = shop.item("SOUP", "10.00", 20);
        UUID id = UUID.randomUUID();
        // 10.00 at the restaurant's 8.75 %: 10.88
        Http.Response sale = send(shop.owner(), sale(id, Instant.now(), List.of(line(soup, 1, "10.00")), "10.00", "0.88", "10.88",
                List.of(tender("card", "10.88", null))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().get("status").asString()).as("paid, waiting for the kitchen").isEqualTo("confirmed");
        assertThat(shop.itemNow(soup).get("current_stock").asInt()).isEqualTo(19);
        Http kitchen = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen"));
        for (String next : List.of("preparing", "ready")) {
            assertThat(kitchen.put("/api/v1/orders/" + id + "/status", Map.of("status", next)).status()).isEqualTo(200);
        }
        JsonNode done = shop.owner().put("/api/v1/orders/" + id + "/status", Map.of("status", "completed")).json();
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(shop.itemNow(soup).get("current_stock").asInt()).as("taken once, when rung").isEqualTo(19);

        Map<String, Object> kept = sale(UUID.randomUUID(), Instant.now().minusSeconds(3600), List.of(line(soup, 1, "10.00")),
                "10.00", "0.88", "10.88", List.of(tender("cash", "10.88", null)));
        kept.put("offline", true);
        Http.Response late = send(shop.owner(), kept);
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.json().get("status").asString()).as("served an hour ago").isEqualTo("completed");
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void theAnswerToARecordedSaleIsTheOrderAsStored() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        UUID id = UUID.randomUUID();
        // A till's clock may say more than the database keeps; a discount may come in any notation.
        Instant rung = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30).plusNanos(123_456_789);
        Map<String, Object> body = sale(id, rung, List.of(line(cup, 2, "10.00")), "20.00", "1.49", "19.49",
                List.of(tender("card", "10.00", "0.50"), tender("cash", "20.00", null)));
        body.put("discounts", List.of(Map.of("type", "percentage", "value", new java.math.BigDecimal("1E+1"),
                "reason", "regular")));
        body.put("notes", "  by the window  ");
        Http.Response sale = send(shop.owner(), body);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Http.Response stored = shop.owner().get("/api/v1/orders/" + id);
        assertThat(sale.json()).isEqualTo(stored.json());
        assertThat(stored.json().get("rung_at").asString()).endsWith(".123457Z");
    }

    private static void assertRefused(Http as, Map<String, Object> body, String field) {
        Http.Response refused = send(as, body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemType()).isEqualTo("sale-not-recordable");
        assertThat(refused.json().get("field").asString()).isEqualTo(field);
    }

    static Http.Response send(Http as, Map<String, Object> body) {
        return as.withHeader("Idempotency-Key", String.valueOf(body.get("id"))).post("/api/v1/sales", body);
    }

    static Map<String, Object> sale(UUID id, Instant rungAt, List<Map<String, Object>> lines, String subtotal, String tax,
                                    String total, List<Map<String, Object>> tenders) {
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("id", id.toString());
        sale.put("terminal_id", TERMINAL.toString());
        sale.put("rung_at", rungAt.toString());
        sale.put("offline", false);
        sale.put("lines", lines);
        sale.put("subtotal", subtotal);
        sale.put("tax", tax);
        sale.put("total", total);
        sale.put("tenders", tenders);
        return sale;
    }

    static Map<String, Object> line(String product, int quantity, String unitPrice) {
        return Map.of("product_id", product, "quantity", quantity, "unit_price", unitPrice);
    }

    static Map<String, Object> tender(String method, String amount, String tip) {
        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("method", method);
        tender.put("amount", amount);
        if (tip != null) {
            tender.put("tip", tip);
        }
        return tender;
    }
}
