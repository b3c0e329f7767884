package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.ItemBuilder.newPrice;
import static cloud.olympus.server.support.OrderRequests.refund;
import static cloud.olympus.server.support.StockRequests.count;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.ReviewRequest;
import cloud.olympus.server.commerce.web.OrderController.StatusRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.Ledgers;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        Http.Response sale = send(shop.owner(), sale(id, rung).line(cup, 2, "10.00").amounts("20.00", "1.65", "21.65")
                .tender("card", "10.00", "0").tender("cash", "20.00"));
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
        assertThat(shop.owner().patch("/api/v1/inventory/items/" + cup, newPrice("12.00")).status()).isEqualTo(200);
        UUID id = UUID.randomUUID();
        Http.Response sale = send(shop.owner(), oneAtTen(id, Instant.now().minusSeconds(600), cup, "card").offline());
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
        assertThat(http(cashier).post("/api/v1/orders/" + id + "/review", new ReviewRequest("ok")).status()).isEqualTo(403);
        Http.Response reviewed = manager.post("/api/v1/orders/" + id + "/review", new ReviewRequest("price went up on Monday"));
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
            assertThat(send(owner, sale(id, Instant.now()).line(soup, 2, "10.00").amounts("20.00", "1.75", "21.75")
                    .tender("card", "21.75")).json().get("status").asString()).isEqualTo("confirmed");
        }
        assertThat(shop.status(sentBack.toString(), "cancelled").status()).as("paid and not refunded: refund first").isEqualTo(409);

        assertThat(owner.post("/api/v1/orders/" + served + "/refunds", refund("10.88", "one soup cold")).status()).isEqualTo(201);
        for (String next : List.of("preparing", "ready", "completed")) {
            Http.Response moved = shop.status(served.toString(), next);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }

        assertThat(owner.post("/api/v1/orders/" + sentBack + "/refunds", refund("21.75", "left")).status()).isEqualTo(201);
        Http.Response cancelled = shop.status(sentBack.toString(), "cancelled");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("payment_status").asString()).isEqualTo("refunded");
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void aSaleKeptOfflineSinceYesterdayIsListedWhenItWasRungNotWhenItArrived() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        Instant rung = Instant.now().minus(java.time.Duration.ofHours(26)).truncatedTo(ChronoUnit.SECONDS);
        String id = send(shop.owner(), oneAtTen(UUID.randomUUID(), rung, cup, "cash").offline()).json().get("id").asString();
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
        SaleBuilder given = sale(UUID.randomUUID(), Instant.now()).line(cup, 1, "10.00").amounts("10.00", "0.66", "8.66")
                .discount("fixed", "2.00", "friend").tender("cash", "10.00");
        Http.Response sale = send(http(cashier), given);
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().get("total").toString()).isEqualTo("8.66");
        assertThat(sale.json().get("needs_review").asBoolean()).isTrue();
        assertThat(sale.json().get("discrepancies").findValuesAsString("kind")).containsExactly("discount");

        // The same from a manager's till is just a sale.
        assertThat(send(shop.owner(), given.id(UUID.randomUUID())).json().get("needs_review").asBoolean()).isFalse();
    }

    @Test
    void twoTillsSellingTheLastUnitOfflineAreBothRecordedAndTheStockShowsIt() {
        TestShop shop = openShop("retail");
        String lamp = shop.item(item("LAMP", "10.00").name("Lamp").stock(1).minStock(0));
        for (int till = 0; till < 2; till++) {
            SaleBuilder fromThisTill = oneAtTen(UUID.randomUUID(), Instant.now().minusSeconds(60), lamp, "card")
                    .terminal(UUID.randomUUID());
            assertThat(send(shop.owner(), fromThisTill).status()).isEqualTo(201);
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
        Instant rung = Instant.now();
        assertThat(send(shop.owner(), oneAtTen(id, rung, cup, "card")).status()).isEqualTo(201);
        // After a shift change another cashier is logged in on the same till, which sends the sale again.
        String nextShift = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        Http.Response again = send(http(nextShift), oneAtTen(id, rung, cup, "card"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString()).isEqualTo(id.toString());
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(19);

        assertThat(send(shop.owner(), oneAtTen(id, rung, cup, "card").notes("something else")).status()).isEqualTo(422);
        Http.Response otherTill = send(shop.owner(), oneAtTen(id, rung, cup, "card").terminal(UUID.randomUUID()));
        assertThat(otherTill.status()).isEqualTo(422);
        assertThat(shop.owner().get("/api/v1/orders").json().get("data")).hasSize(1);
    }

    @Test
    void aSaleThatCannotBeRecordedTruthfullyIsRefusedNamingTheFieldAndNothingIsSaved() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        Http owner = shop.owner();
        assertRefused(owner, oneAtTen(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), "card"),
                "lines[0].product_id");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now()).line(cup, 1, "10.00").amounts("10.00", "0.83", "10.83")
                .tender("card", "5.00"), "tenders");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now()).line(cup, 1, "10.00").amounts("9.00", "0.83", "9.83")
                .tender("card", "10.83"), "subtotal");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now()).line(cup, 1, "10.00").amounts("10.00", "0.83", "12.00")
                .tender("card", "10.83"), "total");
        assertRefused(owner, sale(UUID.randomUUID(), Instant.now()).line(cup, 0, "10.00").amounts("0.00", "0.00", "0.00")
                .tender("card", "10.83"), "lines[0].quantity");
        assertRefused(owner, oneAtTen(UUID.randomUUID(), Instant.now(), cup, "iou"), "tenders[0].method");
        assertRefused(owner, oneAtTen(UUID.randomUUID(), Instant.now(), cup, "card").rungAt(null), "rung_at");
        String kitchen = TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "kitchen");
        assertThat(send(http(kitchen), oneAtTen(UUID.randomUUID(), Instant.now(), cup, "card")).status()).isEqualTo(403);

        assertThat(owner.get("/api/v1/orders").json().get("data")).isEmpty();
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(20);
    }

    @Test
    void aSaleRungBeforeACountButArrivingAfterItDoesNotLowerTheCountedStock() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 10);
        Instant rung = Instant.now().minusSeconds(300);
        // The shelf is counted now: 7 cups (three were sold offline five minutes ago, not yet here).
        assertThat(shop.owner().post("/api/v1/inventory/items/" + cup + "/adjustments", count(7)).status()).isEqualTo(201);
        assertThat(send(shop.owner(), sale(UUID.randomUUID(), rung).line(cup, 3, "10.00").amounts("30.00", "2.48", "32.48")
                .tender("card", "32.48")).status()).isEqualTo(201);
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(7);
        JsonNode sale = shop.owner().get("/api/v1/inventory/items/" + cup + "/movements").json().get("data").get(0);
        assertThat(sale.get("kind").asString()).isEqualTo("sale");
        assertThat(sale.get("quantity_delta").asInt()).isZero();
        assertThat(sale.get("note").asString()).contains("before the count");
        // A sale rung after the count lowers it as usual.
        assertThat(send(shop.owner(), oneAtTen(UUID.randomUUID(), Instant.now(), cup, "card")).status()).isEqualTo(201);
        assertThat(shop.itemNow(cup).get("current_stock").asInt()).isEqualTo(6);
        Ledgers.assertStockMatchesLedger(ownerDataSource);
    }

    @Test
    void aRestaurantSaleGoesToTheKitchenUnlessItWasKeptOffline() {
        TestShop shop = openShop("restaurant");
        String soup = shop.item("SOUP", "10.00", 20);
        UUID id = UUID.randomUUID();
        // 10.00 at the restaurant's 8.75 %: 10.88
        Http.Response sale = send(shop.owner(), sale(id, Instant.now()).line(soup, 1, "10.00").amounts("10.00", "0.88", "10.88")
                .tender("card", "10.88"));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().get("status").asString()).as("paid, waiting for the kitchen").isEqualTo("confirmed");
        assertThat(shop.itemNow(soup).get("current_stock").asInt()).isEqualTo(19);
        Http kitchen = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen"));
        for (String next : List.of("preparing", "ready")) {
            assertThat(kitchen.put("/api/v1/orders/" + id + "/status", new StatusRequest(next)).status()).isEqualTo(200);
        }
        JsonNode done = shop.status(id.toString(), "completed").json();
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(shop.itemNow(soup).get("current_stock").asInt()).as("taken once, when rung").isEqualTo(19);

        Http.Response late = send(shop.owner(), sale(UUID.randomUUID(), Instant.now().minusSeconds(3600)).offline()
                .line(soup, 1, "10.00").amounts("10.00", "0.88", "10.88").tender("cash", "10.88"));
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
        Http.Response sale = send(shop.owner(), sale(id, rung).line(cup, 2, "10.00").amounts("20.00", "1.49", "19.49")
                .discount("percentage", "1E+1", "regular").tender("card", "10.00", "0.50").tender("cash", "20.00")
                .notes("  by the window  "));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Http.Response stored = shop.owner().get("/api/v1/orders/" + id);
        assertThat(sale.json()).isEqualTo(stored.json());
        assertThat(stored.json().get("rung_at").asString()).endsWith(".123457Z");
    }

    private static void assertRefused(Http as, SaleBuilder sale, String field) {
        Http.Response refused = send(as, sale);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemType()).isEqualTo("sale-not-recordable");
        assertThat(refused.json().get("field").asString()).isEqualTo(field);
    }

    /** Sends the sale as a till does, its id as the Idempotency-Key. */
    static Http.Response send(Http as, SaleBuilder sale) {
        return as.withHeader("Idempotency-Key", String.valueOf(sale.id())).post("/api/v1/sales", sale.request());
    }

    /** A sale from this class's till, not kept offline. */
    static SaleBuilder sale(UUID id, Instant rungAt) {
        return SaleBuilder.sale(id, TERMINAL, rungAt);
    }

    /** One product at 10.00 with 8.25 % tax, paid in full (10.83) by one tender. */
    static SaleBuilder oneAtTen(UUID id, Instant rungAt, String product, String method) {
        return sale(id, rungAt).line(product, 1, "10.00").amounts("10.00", "0.83", "10.83").tender(method, "10.83");
    }
}
