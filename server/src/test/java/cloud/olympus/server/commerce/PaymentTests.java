package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.OrderRequests.amount;
import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.order;
import static cloud.olympus.server.support.OrderRequests.payment;
import static cloud.olympus.server.support.OrderRequests.refund;
import static cloud.olympus.server.support.OrderRequests.refundOf;
import static cloud.olympus.server.support.OrderRequests.returned;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.PaymentRequest;
import cloud.olympus.server.commerce.web.OrderController.StatusRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentTests extends ApiTest {

    @Test
    void splitTenderWithCashChangeCompletesARetailOrder() {
        TestShop shop = openShop("retail");
        String jacket = shop.item("JACKET", "80.00", 4);
        JsonNode order = shop.placed(jacket, 1);
        String id = order.get("id").asString();
        assertThat(order.get("total").toString()).isEqualTo("86.60");

        Http.Response card = shop.owner().post("/api/v1/orders/" + id + "/payments",
                new PaymentRequest("card", amount("50.00"), amount("0"), "auth 0042"));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        assertThat(card.json().get("order").get("payment_status").asString()).isEqualTo("partially_paid");
        assertThat(card.json().get("order").get("balance_due").toString()).isEqualTo("36.60");
        assertThat(card.json().get("order").get("status").asString()).isEqualTo("pending");

        Http.Response cash = shop.pay(id, "cash", "40.00");
        assertThat(cash.json().get("payment").get("amount").toString()).isEqualTo("36.60");
        assertThat(cash.json().get("payment").get("tendered").toString()).isEqualTo("40.00");
        assertThat(cash.json().get("payment").get("change_due").toString()).isEqualTo("3.40");
        JsonNode paid = cash.json().get("order");
        assertThat(paid.get("payment_status").asString()).isEqualTo("paid");
        assertThat(paid.get("status").asString()).isEqualTo("completed");
        assertThat(paid.get("paid_total").toString()).isEqualTo("86.60");
        assertThat(paid.get("payments").size()).isEqualTo(2);
        assertThat(shop.itemNow(jacket).get("current_stock").asInt()).isEqualTo(3);

        assertThat(shop.pay(id, "cash", "1.00").status()).isEqualTo(409);
    }

    @Test
    void nonCashTendersCannotExceedWhatIsDueAndTipsComeOnTop() {
        TestShop shop = openShop("salon");
        String cut = shop.item(item("CUT", "40.00").name("Haircut").taxClass("services").trackStock(false));
        String id = shop.placed(cut, 1).get("id").asString();
        Http.Response over = shop.pay(id, "card", "100.00");
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.json().get("balance_due").toString()).isEqualTo("41.80");
        Http.Response tipped = shop.owner().post("/api/v1/orders/" + id + "/payments", payment("card", "41.80", "8.00"));
        assertThat(tipped.json().get("order").get("tip_total").toString()).isEqualTo("8.00");
        assertThat(tipped.json().get("order").get("paid_total").toString()).isEqualTo("41.80");
        assertThat(tipped.json().get("order").get("status").asString()).isEqualTo("completed");
    }

    @Test
    void badPaymentsAreRefused() {
        TestShop shop = openShop("retail");
        String item = shop.item("CUP", "5.00", 10);
        String id = shop.placed(item, 1).get("id").asString();
        Http owner = shop.owner();
        assertThat(owner.post("/api/v1/orders/" + id + "/payments", Map.of("method", "iou", "amount", "1")).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders/" + id + "/payments", Map.of("method", "cash", "amount", "-1")).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders/" + id + "/payments", Map.of("method", "cash", "amount", "0.001")).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders/" + id + "/payments", Map.of("method", "cash")).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/orders/" + id + "/payments", Map.of("method", "loyalty_points", "amount", "1")).status())
                .isEqualTo(409);
        shop.status(id, "cancelled");
        assertThat(shop.pay(id, "cash", "5.00").status()).isEqualTo(409);
        assertThat(owner.get("/api/v1/orders/" + id).json().get("payments").size()).isZero();
    }

    @Test
    void aReplayedPaymentIsRecordedOnce() {
        TestShop shop = openShop("retail");
        String item = shop.item("PLATE", "10.00", 10);
        String id = shop.placed(item, 2).get("id").asString();
        Http keyed = shop.owner().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Http.Response first = keyed.post("/api/v1/orders/" + id + "/payments", payment("card", "5.00"));
        Http.Response again = keyed.post("/api/v1/orders/" + id + "/payments", payment("card", "5.00"));
        assertThat(again.json().get("payment").get("id")).isEqualTo(first.json().get("payment").get("id"));
        assertThat(shop.owner().get("/api/v1/orders/" + id).json().get("paid_total").toString()).isEqualTo("5.00");
    }

    @Test
    void managersRefundByLineOrAmountButNeverMoreThanWasPaid() {
        TestShop shop = openShop("retail");
        String shirt = shop.item("SHIRT", "30.00", 10);
        String belt = shop.item("BELT", "20.00", 10);
        JsonNode order = shop.placed(shirt, 3, belt, 1);
        String id = order.get("id").asString();
        // 90.00 + 7.43 tax; 20.00 + 1.65 tax = 119.08
        assertThat(order.get("total").toString()).isEqualTo("119.08");
        shop.pay(id, "card", "119.08");
        String shirtLine = order.get("items").get(0).get("id").asString();

        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        assertThat(http(cashier).post("/api/v1/orders/" + id + "/refunds", refund("1.00", "x")).status()).isEqualTo(403);

        Http.Response oneShirt = shop.owner().post("/api/v1/orders/" + id + "/refunds",
                refundOf("wrong size", returned(shirtLine, 1)));
        assertThat(oneShirt.status()).as(oneShirt.toString()).isEqualTo(201);
        // One of three shirts: 97.43 / 3 = 32.48
        assertThat(oneShirt.json().get("refunded_total").toString()).isEqualTo("32.48");
        assertThat(oneShirt.json().get("payment_status").asString()).isEqualTo("partially_refunded");
        assertThat(oneShirt.json().get("items").get(0).get("refunded_quantity").asInt()).isEqualTo(1);
        assertThat(oneShirt.json().get("refunds").get(0).get("method").asString()).isEqualTo("card");

        Http.Response twoShirts = shop.owner().post("/api/v1/orders/" + id + "/refunds",
                refundOf("returned", returned(shirtLine, 2)));
        // The rest of the line, so that all three add up to the line total exactly: 97.43 − 32.48 = 64.95
        assertThat(twoShirts.json().get("refunded_total").toString()).isEqualTo("97.43");
        assertThat(shop.owner().post("/api/v1/orders/" + id + "/refunds", refundOf("again", returned(shirtLine, 1))).status())
                .isEqualTo(409);

        Http.Response tooMuch = shop.owner().post("/api/v1/orders/" + id + "/refunds", refund("50.00", "x"));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("refundable").toString()).isEqualTo("21.65");
        assertThat(shop.owner().post("/api/v1/orders/" + id + "/refunds", refund(null, "x")).status()).isEqualTo(400);
        Http.Response rest = shop.owner().post("/api/v1/orders/" + id + "/refunds", refund("21.65", "goodwill"));
        assertThat(rest.json().get("payment_status").asString()).isEqualTo("refunded");
        assertThat(shop.owner().post("/api/v1/orders/" + id + "/refunds", refund("0.01", "x")).status()).isEqualTo(409);
    }

    @Test
    void anotherTenantsOrdersAreNotFoundForEveryVerb() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        String item = theirs.item("GOLD", "500.00", 2);
        String order = theirs.placed(item, 1).get("id").asString();
        Http me = mine.owner();
        assertThat(me.get("/api/v1/orders/" + order).status()).isEqualTo(404);
        assertThat(me.put("/api/v1/orders/" + order + "/status", new StatusRequest("cancelled")).status()).isEqualTo(404);
        assertThat(me.post("/api/v1/orders/" + order + "/payments", payment("cash", "1")).status()).isEqualTo(404);
        assertThat(me.post("/api/v1/orders/" + order + "/refunds", refund("1", "x")).status()).isEqualTo(404);
        assertThat(me.get("/api/v1/orders").json().get("data").size()).isZero();
        // Ordering their item from my till: their catalogue is not mine.
        assertThat(me.post("/api/v1/orders", order(line(item, 1))).status()).isEqualTo(400);
        JsonNode untouched = theirs.owner().get("/api/v1/orders/" + order).json();
        assertThat(untouched.get("status").asString()).isEqualTo("pending");
        assertThat(untouched.get("payments").size()).isZero();
    }
}
