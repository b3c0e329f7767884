package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.orderFor;
import static cloud.olympus.server.support.OrderRequests.payment;
import static cloud.olympus.server.support.OrderRequests.refund;
import static cloud.olympus.server.support.OrderRequests.refundOf;
import static cloud.olympus.server.support.OrderRequests.refundTo;
import static cloud.olympus.server.support.OrderRequests.returned;
import static cloud.olympus.server.support.StockRequests.adjustment;
import static cloud.olympus.server.support.TenantRequests.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.commerce.web.OrderController.RefundRequest;
import cloud.olympus.server.inventory.web.InventoryController.AdjustmentRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules that keep money honest: tips, refunds to their tender, loyalty bounds, stock by hand, currency. */
class MoneyRulesTests extends ApiTest {

    @Test
    void tipsOnlyWhereTheBusinessTakesThemAndUpToItsLimit() {
        TestShop shop = openShop("retail"); // retail presets switch tips off
        String id = shop.placed(shop.item("CUP", "10.00", 5), 1).get("id").asString();
        Http.Response tipped = tip(shop, id, "10.83", "1.00");
        assertThat(tipped.status()).isEqualTo(400);
        assertThat(tipped.json().get("field").asString()).isEqualTo("tip");
        assertThat(shop.owner().get("/api/v1/orders/" + id).json().get("payments")).isEmpty();

        TestShop cafe = openShop("restaurant");
        String order = cafe.placed(cafe.item("SOUP", "10.00", 5), 1).get("id").asString();
        String total = cafe.owner().get("/api/v1/orders/" + order).json().get("total").asString();
        Http.Response huge = tip(cafe, order, total, "1000000000.00");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("field").asString()).isEqualTo("tip");
        assertThat(cafe.owner().patch("/api/v1/tenant", settings(Map.of("max_tip_percent", 20))).status()).isEqualTo(200);
        Http.Response tooMuch = tip(cafe, order, total, "3.00");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().has("max_tip")).isTrue();
        assertThat(tip(cafe, order, total, "2.00").status()).isEqualTo(201);
    }

    @Test
    void theTipLimitSettingIsBounded() {
        Http owner = openShop("restaurant").owner();
        assertThat(owner.patch("/api/v1/tenant", Map.of("settings", Map.of("max_tip_percent", 5000))).status()).isEqualTo(400);
        assertThat(owner.patch("/api/v1/tenant", Map.of("settings", Map.of("max_tip_percent", 12.5))).status()).isEqualTo(400);
        assertThat(owner.patch("/api/v1/tenant", Map.of("settings", Map.of("max_tip_percent", "lots"))).status()).isEqualTo(400);
    }

    @Test
    void refundsGoBackToTheTenderTheyRefundOrAsCashWithAReason() {
        TestShop shop = openShop("retail");
        String id = shop.placed(shop.item("LAMP", "100.00", 5), 1).get("id").asString(); // 108.25 with tax
        assertThat(shop.pay(id, "cash", "20.00").status()).isEqualTo(201);
        JsonNode paid = shop.pay(id, "card", "88.25").json().get("order");
        String cash = paid.get("payments").get(0).get("id").asString();
        String card = paid.get("payments").get(1).get("id").asString();
        Http manager = shop.owner();

        Http.Response overCash = refundOrder(manager, id, refundTo(cash, "30.00", "broken"));
        assertThat(overCash.status()).isEqualTo(409);
        assertThat(overCash.json().get("refundable").toString()).isEqualTo("20.00");

        Http.Response toGiftCard = refundOrder(manager, id, refundTo(card, "10.00", "broken", "gift_card", null));
        assertThat(toGiftCard.status()).isEqualTo(400);
        assertThat(toGiftCard.json().get("field").asString()).isEqualTo("method");
        Http.Response noReason = refundOrder(manager, id, refundTo(card, "10.00", "broken", "cash", null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("method_reason");

        Http.Response overCounter = refundOrder(manager, id, refundTo(card, "10.00", "broken", "cash", "card reader offline"));
        assertThat(overCounter.status()).isEqualTo(201);
        JsonNode refund = overCounter.json().get("refunds").get(0);
        assertThat(refund.get("payment_id").asString()).isEqualTo(card);
        assertThat(refund.get("method").asString()).isEqualTo("cash");
        assertThat(refund.get("method_reason").asString()).isEqualTo("card reader offline");

        // Unnamed, a refund goes to the latest payment that can take it all: the card, 78.25 left.
        Http.Response latest = refundOrder(manager, id, refund("50.00", "changed mind"));
        assertThat(latest.json().get("refunds").get(1).get("payment_id").asString()).isEqualTo(card);
        // 28.25 left on the card and 20.00 in cash: no single tender takes 40.00.
        Http.Response split = refundOrder(manager, id, refund("40.00", "changed mind"));
        assertThat(split.status()).isEqualTo(409);
        assertThat(split.json().get("refundable_by_payment")).hasSize(2);
        assertThat(manager.get("/api/v1/orders/" + id).json().get("refunded_total").toString()).isEqualTo("60.00");
    }

    @Test
    void loyaltySettingsAreBoundedAndPointsCountPastTwoBillion() {
        TestShop shop = openShop("retail");
        Http owner = shop.owner();
        assertThat(owner.patch("/api/v1/tenant", settings(Map.of("loyalty", Map.of("points_per_unit", 1e9)))).status())
                .isEqualTo(400);
        assertThat(owner.patch("/api/v1/tenant", settings(Map.of("loyalty", Map.of("redeem_points_per_unit", 0)))).status())
                .isEqualTo(400);
        assertThat(owner.patch("/api/v1/tenant", settings(Map.of("loyalty", Map.of("points_per_unit", 1000)))).status())
                .isEqualTo(200);

        String customer = shop.customer("Midas");
        String gold = shop.item(item("GOLD", "1000000.00").name("Gold bar").stock(5).taxClass("standard"));
        JsonNode order = owner.post("/api/v1/orders", orderFor(customer, line(gold, 3))).json();
        assertThat(shop.pay(order.get("id").asString(), "card", order.get("total").asString()).status()).isEqualTo(201);

        // 3,247,500.00 spent at 1000 points per unit: more points than a 32-bit number holds.
        await().atMost(Duration.ofSeconds(10)).until(() -> owner.get("/api/v1/customers/" + customer).json()
                .get("loyalty_points").asLong() > 0);
        assertThat(owner.get("/api/v1/customers/" + customer).json().get("loyalty_points").asLong()).isEqualTo(3_247_500_000L);
    }

    @Test
    void aRefundToAPointsPaymentGivesItsPointsBackAndACashPayoutDoesNot() {
        TestShop shop = openShop("retail");
        Http owner = shop.owner();
        assertThat(owner.patch("/api/v1/tenant", settings(Map.of("loyalty", Map.of("points_per_unit", 100)))).status())
                .isEqualTo(200);
        String customer = shop.customer("Ada");
        String coat = shop.item("COAT", "200.00", 5);
        JsonNode first = owner.post("/api/v1/orders", orderFor(customer, line(coat, 1))).json();
        shop.pay(first.get("id").asString(), "card", first.get("total").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> points(owner, customer) == 21_650); // 216.50 at 100 a unit

        String cup = shop.item("CUP", "10.00", 5);
        String second = owner.post("/api/v1/orders", orderFor(customer, line(cup, 1))).json().get("id").asString(); // 10.83
        String byPoints = shop.pay(second, "loyalty_points", "5.00").json().get("payment").get("id").asString(); // 500 points
        shop.pay(second, "card", "5.83");
        // 5.83 paid with money earns 583 points.
        await().atMost(Duration.ofSeconds(10)).until(() -> points(owner, customer) == 21_650 - 500 + 583);

        assertThat(refundOrder(owner, second, refundTo(byPoints, "2.50", "chipped")).status()).isEqualTo(201);
        assertThat(refundOrder(owner, second, refundTo(byPoints, "1.00", "chipped", "cash", "customer wanted cash")).status())
                .isEqualTo(201);
        // Half of the points payment went back as points (250), a fifth as cash (no points).
        await().atMost(Duration.ofSeconds(10)).until(() -> points(owner, customer) == 21_650 - 500 + 583 + 250);
        JsonNode ledger = owner.get("/api/v1/customers/" + customer + "/loyalty").json();
        assertThat(ledger.findValuesAsString("kind")).containsOnlyOnce("restoration");
    }

    private static long points(Http owner, String customer) {
        return owner.get("/api/v1/customers/" + customer).json().get("loyalty_points").asLong();
    }

    @Test
    void refundedGoodsGoBackOnTheShelfWithTheRefundInTheLedgerButFoodDoesNot() {
        TestShop shop = openShop("retail");
        String vase = shop.item("VASE", "20.00", 5);
        JsonNode order = shop.placed(vase, 2);
        String id = order.get("id").asString();
        shop.pay(id, "card", order.get("total").asString());
        String line = order.get("items").get(0).get("id").asString();
        Http manager = shop.owner();

        Http.Response back = refundOrder(manager, id, refundOf("unwanted", returned(line, 1)));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        assertThat(shop.itemNow(vase).get("current_stock").asInt()).isEqualTo(4);
        JsonNode movement = manager.get("/api/v1/inventory/items/" + vase + "/movements").json().get("data").get(0);
        assertThat(movement.get("kind").asString()).isEqualTo("return");
        assertThat(movement.get("quantity_delta").asInt()).isEqualTo(1);
        assertThat(movement.get("refund_id").asString()).isEqualTo(back.json().get("refunds").get(0).get("id").asString());

        Http.Response broken = refundOrder(manager, id, refundOf("broken", returned(line, 1, false)));
        assertThat(broken.status()).isEqualTo(201);
        assertThat(shop.itemNow(vase).get("current_stock").asInt()).isEqualTo(4);

        TestShop kitchen = openShop("restaurant");
        String soup = kitchen.item("SOUP", "8.00", 10);
        JsonNode meal = kitchen.placed(soup, 1);
        kitchen.pay(meal.get("id").asString(), "card", meal.get("total").asString());
        kitchen.status(meal.get("id").asString(), "confirmed");
        kitchen.status(meal.get("id").asString(), "preparing");
        kitchen.status(meal.get("id").asString(), "ready");
        kitchen.status(meal.get("id").asString(), "completed");
        assertThat(refundOrder(kitchen.owner(), meal.get("id").asString(),
                refundOf("cold", returned(meal.get("items").get(0).get("id").asString(), 1))).status()).isEqualTo(201);
        assertThat(kitchen.itemNow(soup).get("current_stock").asInt()).isEqualTo(9);
    }

    @Test
    void stockChangedByHandNeverGoesBelowZeroButACountSetsIt() {
        TestShop shop = openShop("retail");
        String flour = shop.item("FLOUR", "3.00", 48);
        Http owner = shop.owner();
        Http.Response waste = owner.post("/api/v1/inventory/items/" + flour + "/adjustments",
                adjustment(-1000, "waste"));
        assertThat(waste.status()).isEqualTo(409);
        assertThat(waste.json().get("current_stock").asInt()).isEqualTo(48);
        Http.Response count = owner.post("/api/v1/inventory/items/" + flour + "/adjustments",
                new AdjustmentRequest(null, 10, "count", "shelf count"));
        assertThat(count.status()).isEqualTo(201);
        assertThat(count.json().get("current_stock").asInt()).isEqualTo(10);
        JsonNode movement = owner.get("/api/v1/inventory/items/" + flour + "/movements").json().get("data").get(0);
        assertThat(movement.get("kind").asString()).isEqualTo("count");
        assertThat(movement.get("quantity_delta").asInt()).isEqualTo(-38);
        assertThat(owner.post("/api/v1/inventory/items/" + flour + "/adjustments",
                new AdjustmentRequest(null, 10, "waste", null)).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/inventory/items/" + flour + "/adjustments",
                adjustment(2_000_000, "receipt")).status()).isEqualTo(400);
    }

    @Test
    void theCurrencyChangesOnlyWhileNothingIsRecordedInTheOldOne() {
        TestShop shop = openShop("retail");
        Http owner = shop.owner();
        assertThat(owner.patch("/api/v1/tenant", settings(Map.of("currency", "EUR"))).status()).isEqualTo(200);
        String scarf = shop.item("SCARF", "12.50", 5);
        Http.Response yen = owner.patch("/api/v1/tenant", settings(Map.of("currency", "JPY")));
        assertThat(yen.status()).isEqualTo(409);
        assertThat(yen.json().get("detail").asString()).contains("decimals");
        assertThat(shop.itemNow(scarf).get("unit_price").toString()).isEqualTo("12.50");

        shop.placed(scarf, 1);
        Http.Response pounds = owner.patch("/api/v1/tenant", settings(Map.of("currency", "GBP")));
        assertThat(pounds.status()).isEqualTo(409);
        assertThat(pounds.json().get("detail").asString()).contains("orders");
        assertThat(owner.get("/api/v1/tenant").json().get("settings").get("currency").asString()).isEqualTo("EUR");
    }

    private static Http.Response tip(TestShop shop, String orderId, String amount, String tip) {
        return shop.owner().post("/api/v1/orders/" + orderId + "/payments", payment("card", amount, tip));
    }

    private static Http.Response refundOrder(Http manager, String orderId, RefundRequest body) {
        return manager.post("/api/v1/orders/" + orderId + "/refunds", body);
    }
}
