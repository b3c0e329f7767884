package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.ItemBuilder.group;
import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.ItemBuilder.option;
import static cloud.olympus.server.support.OrderRequests.discount;
import static cloud.olympus.server.support.OrderRequests.discounted;
import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.lines;
import static cloud.olympus.server.support.OrderRequests.modified;
import static cloud.olympus.server.support.OrderRequests.modifier;
import static cloud.olympus.server.support.OrderRequests.order;
import static cloud.olympus.server.support.OrderRequests.payment;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.commerce.web.OrderController.StatusRequest;
import cloud.olympus.server.inventory.web.InventoryController.ModifierGroupRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderTests extends ApiTest {

    @Test
    void theServerPricesFromTheCatalogueWithModifiersAndTax() {
        TestShop shop = openShop("restaurant");
        String pizza = shop.item(item("PIZZA", "12.00").name("Margherita").trackStock(false).modifierGroups(
                group("Size", true, option("Regular", "0"), option("Large", "4.00")),
                new ModifierGroupRequest("Extras", null, null, 3,
                        List.of(option("Olives", "1.00"), option("Basil", "0.50"), option("Chili", "0.50")))));
        String wine = shop.item(item("WINE", "7.50").name("House red").taxClass("alcohol").stock(30));

        Http.Response placed = shop.owner().post("/api/v1/orders", order(
                modified(pizza, 2, "well done", modifier("Large", "0.01"), modifier("Olives")), line(wine, 3)));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.json();
        // Pizza: (12.00 + 4.00 + 1.00) × 2 = 34.00, tax 8.75 % = 2.975 → 2.98. Wine: 22.50, tax 10 % = 2.25.
        JsonNode line = order.get("items").get(0);
        assertThat(line.get("unit_price").toString()).isEqualTo("17.00");
        assertThat(line.get("subtotal").toString()).isEqualTo("34.00");
        assertThat(line.get("tax").toString()).isEqualTo("2.98");
        assertThat(line.get("notes").asString()).isEqualTo("well done");
        assertThat(line.get("modifiers").findValuesAsString("name")).containsExactly("Large", "Olives");
        assertThat(line.get("modifiers").get(0).get("price_delta").toString()).isEqualTo("4.00");
        assertThat(order.get("subtotal").toString()).isEqualTo("56.50");
        assertThat(order.get("tax").toString()).isEqualTo("5.23");
        assertThat(order.get("total").toString()).isEqualTo("61.73");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("payment_status").asString()).isEqualTo("unpaid");
        assertThat(order.get("source").asString()).isEqualTo("pos");
        assertThat(order.get("currency").asString()).isEqualTo("USD");
        assertThat(shop.itemNow(wine).get("reserved_stock").asInt()).isEqualTo(3);
        assertThat(shop.itemNow(wine).get("current_stock").asInt()).isEqualTo(30);
        assertThat(shop.owner().get("/api/v1/orders/" + order.get("id").asString()).json().get("total").toString()).isEqualTo("61.73");

        Http.Response noSize = shop.owner().post("/api/v1/orders", order(line(pizza, 1)));
        assertThat(noSize.status()).isEqualTo(400);
        assertThat(noSize.json().get("detail").asString()).contains("Size");
        Http.Response unknown = shop.owner().post("/api/v1/orders",
                order(modified(pizza, 1, null, modifier("Regular"), modifier("Pineapple"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("Pineapple");
    }

    @Test
    void orderNumbersRunPerBusinessDay() {
        TestShop shop = openShop("retail");
        String item = shop.item("SOCKS", "5.00", 100);
        var now = java.time.ZonedDateTime.now(ZoneId.of("America/New_York"));
        LocalDate day = now.toLocalTime().isBefore(java.time.LocalTime.of(4, 0)) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        String today = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        String prefix = shop.tenant().slug().substring(0, 1).toUpperCase();
        assertThat(shop.placed(item, 1).get("order_number").asString()).isEqualTo(prefix + "-" + today + "-0001");
        assertThat(shop.placed(item, 1).get("order_number").asString()).isEqualTo(prefix + "-" + today + "-0002");
    }

    @Test
    void statusMovesOnlyAlongItsPathAndCompletingNeedsPayment() {
        TestShop shop = openShop("restaurant");
        String dish = shop.item("RISOTTO", "18.00", 10);
        String id = shop.placed(dish, 2).get("id").asString();

        Http.Response skip = shop.status(id, "ready");
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.problemType()).isEqualTo("invalid-status-change");
        assertThat(skip.json().get("allowed").toString()).isEqualTo("[\"confirmed\",\"cancelled\"]");
        assertThat(shop.status(id, "shipped").status()).isEqualTo(400);

        assertThat(shop.status(id, "confirmed").json().get("status").asString()).isEqualTo("confirmed");
        assertThat(shop.status(id, "preparing").json().get("status").asString()).isEqualTo("preparing");
        assertThat(shop.status(id, "ready").json().get("status").asString()).isEqualTo("ready");
        assertThat(shop.status(id, "cancelled").status()).isEqualTo(409);
        Http.Response unpaid = shop.status(id, "completed");
        assertThat(unpaid.status()).isEqualTo(409);
        assertThat(unpaid.json().get("detail").asString()).contains("not paid");

        // A restaurant's paid order completes once it is ready: paying it now completes it.
        Http.Response paid = shop.pay(id, "card", "39.15");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        JsonNode order = paid.json().get("order");
        assertThat(order.get("payment_status").asString()).isEqualTo("paid");
        assertThat(order.get("status").asString()).isEqualTo("completed");
        assertThat(order.get("completed_at").isNull()).isFalse();
        JsonNode item = shop.itemNow(dish);
        assertThat(item.get("current_stock").asInt()).isEqualTo(8);
        assertThat(item.get("reserved_stock").asInt()).isZero();
        assertThat(shop.status(id, "pending").status()).isEqualTo(409);
    }

    @Test
    void cancellingReleasesTheReservedStock() {
        TestShop shop = openShop("retail");
        String item = shop.item("LAMP", "40.00", 3);
        String id = shop.placed(item, 2).get("id").asString();
        assertThat(shop.itemNow(item).get("available_stock").asInt()).isEqualTo(1);
        assertThat(shop.status(id, "cancelled").json().get("status").asString()).isEqualTo("cancelled");
        assertThat(shop.itemNow(item).get("available_stock").asInt()).isEqualTo(3);
        assertThat(shop.itemNow(item).get("current_stock").asInt()).isEqualTo(3);
        assertThat(shop.status(id, "confirmed").status()).isEqualTo(409);
    }

    @Test
    void kitchenStaffMarkOrdersPreparingAndReadyButNothingElse() {
        TestShop shop = openShop("restaurant");
        String dish = shop.item("SOUP", "6.00", 10);
        String id = shop.placed(dish, 1).get("id").asString();
        shop.status(id, "confirmed");
        String kitchen = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen");
        Http cook = http(kitchen);
        assertThat(cook.put("/api/v1/orders/" + id + "/status", new StatusRequest("preparing")).status()).isEqualTo(200);
        assertThat(cook.put("/api/v1/orders/" + id + "/status", new StatusRequest("cancelled")).status()).isEqualTo(403);
        assertThat(cook.post("/api/v1/orders", order(line(dish, 1))).status()).isEqualTo(403);
        assertThat(cook.post("/api/v1/orders/" + id + "/payments", payment("cash", "10")).status()).isEqualTo(403);
    }

    @Test
    void discountsNeedAManagerAndAreSharedAcrossLines() {
        TestShop shop = openShop("retail");
        String a = shop.item("A", "30.00", 10);
        String b = shop.item("B", "10.00", 10);
        OrderRequest body = discounted(lines(a, 1, b, 1), discount("percentage", "10", "staff"), discount("fixed", "6.00", null));
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        assertThat(http(cashier).post("/api/v1/orders", body).status()).isEqualTo(403);

        JsonNode order = shop.owner().post("/api/v1/orders", body).json();
        assertThat(order.get("discount_total").toString()).isEqualTo("10.00");
        assertThat(order.get("items").get(0).get("discount").toString()).isEqualTo("7.50");
        // 22.50 × 8.25 % = 1.86; 7.50 × 8.25 % = 0.62
        assertThat(order.get("tax").toString()).isEqualTo("2.48");
        assertThat(order.get("total").toString()).isEqualTo("32.48");
        assertThat(order.get("discounts").get(0).get("type").asString()).isEqualTo("percentage");
        assertThat(shop.owner().post("/api/v1/orders", discounted(lines(a, 1), discount("percentage", "150", null))).status())
                .isEqualTo(400);
        assertThat(shop.owner().post("/api/v1/orders", discounted(lines(a, 1), discount("bogof", "1", null))).status())
                .isEqualTo(400);
    }

    @Test
    void openPricedItemsTakeThePriceFromTheTillAndNothingElseDoes() {
        TestShop shop = openShop("retail");
        String giftWrap = shop.item(item("MISC", "0").name("Miscellaneous").openPrice().trackStock(false));
        String regular = shop.item("PEN", "2.00", 10);
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        Http.Response priced = http(cashier).post("/api/v1/orders", order(line(giftWrap, 1, "3.25")));
        assertThat(priced.status()).as(priced.toString()).isEqualTo(201);
        assertThat(priced.json().get("subtotal").toString()).isEqualTo("3.25");
        assertThat(http(cashier).post("/api/v1/orders", order(line(giftWrap, 1))).status()).isEqualTo(400);
        Http.Response cheap = http(cashier).post("/api/v1/orders", order(line(regular, 1, "0.01")));
        assertThat(cheap.status()).isEqualTo(400);
        assertThat(cheap.json().get("field").asString()).isEqualTo("items[0].unit_price");
    }

    @Test
    void ordersAreListedNewestFirstWithFiltersAndPages() {
        TestShop shop = openShop("retail");
        String item = shop.item("CARD", "3.00", 50);
        String first = shop.placed(item, 1).get("id").asString();
        String second = shop.placed(item, 1).get("id").asString();
        String third = shop.placed(item, 2).get("id").asString();
        shop.status(second, "cancelled");

        JsonNode page = shop.owner().get("/api/v1/orders?limit=2").json();
        assertThat(ids(page.get("data"))).containsExactly(third, second);
        JsonNode next = shop.owner().get("/api/v1/orders?limit=2&cursor=" + page.get("next_cursor").asString()).json();
        assertThat(ids(next.get("data"))).containsExactly(first);
        assertThat(next.get("next_cursor").isNull()).isTrue();
        assertThat(ids(shop.owner().get("/api/v1/orders?status=cancelled").json().get("data")))
                .containsExactly(second);
        assertThat(shop.owner().get("/api/v1/orders?source=kiosk").json().get("data").size()).isZero();
        assertThat(shop.owner().get("/api/v1/orders?from=2000-01-01&to=2000-01-02").json().get("data").size()).isZero();
        assertThat(shop.owner().get("/api/v1/orders?status=lost").status()).isEqualTo(400);
        assertThat(shop.owner().get("/api/v1/orders?from=yesterday").status()).isEqualTo(400);
        assertThat(page.get("data").get(0).get("items").size()).isEqualTo(1);
    }

    @Test
    void badOrdersAreRefusedAndChangeNothing() {
        TestShop shop = openShop("retail");
        String item = shop.item("BAG", "20.00", 5);
        Http owner = shop.owner();
        assertThat(owner.post("/api/v1/orders", Map.of("items", List.of())).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders", Map.of("source", "fax", "items", TestShop.rawLines(item, 1))).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders", Map.of("items", TestShop.rawLines(item, 0))).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders", Map.of("items", TestShop.rawLines(item, "two"))).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders", Map.of("items", TestShop.rawLines("00000000-0000-0000-0000-000000000000", 1)))
                .json().get("field").asString()).isEqualTo("items[0].product_id");
        assertThat(owner.post("/api/v1/orders", Map.of("items", TestShop.rawLines(item, 1),
                "customer_id", "00000000-0000-0000-0000-000000000000")).status()).isEqualTo(400);
        Map<String, Object> withPrice = new HashMap<>(Map.of("product_id", item, "quantity", 1, "price", "0.01"));
        assertThat(owner.post("/api/v1/orders", Map.of("items", List.of(withPrice))).status()).isEqualTo(400);
        assertThat(shop.itemNow(item).get("reserved_stock").asInt()).isZero();
        assertThat(owner.get("/api/v1/orders").json().get("data").size()).isZero();
    }

    private static List<String> ids(JsonNode data) {
        return data.valueStream().map(o -> o.get("id").asString()).toList();
    }
}
