package cloud.olympus.server.audit;

import static cloud.olympus.server.audit.AuditTrailTests.awaitOne;
import static cloud.olympus.server.support.ItemBuilder.newPrice;
import static cloud.olympus.server.support.OrderRequests.discount;
import static cloud.olympus.server.support.OrderRequests.discounted;
import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.DeviceController.RegisterRequest;
import cloud.olympus.server.auth.web.PinController.SetPinRequest;
import cloud.olympus.server.auth.web.PinLoginController.PinLoginRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail's entries for shared terminals and PINs, discounts, voids and price changes, each
 * with who did it and, on a terminal, which one.
 */
class AuditActionsTests extends ApiTest {

    @Test
    void terminalsAndPinsAreKeptWithWhoAndWhere() {
        TestShop shop = openShop("restaurant");
        String owner = shop.owner().get("/api/v1/users/me").json().get("id").asString();
        JsonNode device = shop.owner().post("/api/v1/devices", new RegisterRequest("Bar till", null)).json();
        String deviceId = device.get("id").asString();
        Http terminal = http().withHeader("X-Device-Token", device.get("token").asString());
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        String cashierId = cashier.get("/api/v1/users/me").json().get("id").asString();
        assertThat(cashier.put("/api/v1/users/me/pin", new SetPinRequest("2580", TestTenants.PASSWORD)).status()).isEqualTo(204);
        PinLoginRequest right = new PinLoginRequest(java.util.UUID.fromString(cashierId), "2580");
        PinLoginRequest wrong = new PinLoginRequest(right.userId(), "1357");
        String onTill = terminal.post("/api/v1/auth/pin", right).json().get("access_token").asString();
        // A refund made on the till names the till.
        String cup = shop.item("CUP", "10.00", 20);
        JsonNode paid = shop.placed(cup, 1);
        String paidId = paid.get("id").asString();
        assertThat(shop.pay(paidId, "card", paid.get("total").asString()).status()).isEqualTo(201);
        Http manager = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager"));
        String managerId = manager.get("/api/v1/users/me").json().get("id").asString();
        assertThat(manager.put("/api/v1/users/me/pin", new SetPinRequest("2468", TestTenants.PASSWORD)).status()).isEqualTo(204);
        String managerOnTill = terminal.post("/api/v1/auth/pin",
                new PinLoginRequest(java.util.UUID.fromString(managerId), "2468")).json().get("access_token").asString();
        assertThat(http(managerOnTill).post("/api/v1/orders/" + paidId + "/refunds", refund("5.00", "chipped")).status())
                .isEqualTo(201);
        assertThat(http(managerOnTill).post("/api/v1/inventory/items/" + cup + "/adjustments",
                cloud.olympus.server.support.StockRequests.adjustment(-1, "waste")).status()).isEqualTo(201);
        assertThat(onTill).isNotBlank();
        for (String t : List.of("A", "B")) {
            Http other = http().withHeader("X-Device-Token",
                    shop.owner().post("/api/v1/devices", new RegisterRequest(t, null)).json().get("token").asString());
            for (int i = 0; i < (t.equals("A") ? 3 : 2); i++) {
                other.post("/api/v1/auth/pin", wrong);
            }
        }
        assertThat(shop.owner().post("/api/v1/users/" + cashierId + "/pin/unlock", null).status()).isEqualTo(204);
        assertThat(shop.owner().delete("/api/v1/devices/" + deviceId).status()).isEqualTo(204);

        JsonNode registered = awaitOne(shop.owner(), "device.registered", deviceId);
        assertThat(registered.get("actor_id").asString()).isEqualTo(owner);
        assertThat(registered.get("details").get("name").asString()).isEqualTo("Bar till");
        assertThat(awaitOne(shop.owner(), "device.revoked", deviceId).get("actor_id").asString()).isEqualTo(owner);
        awaitOne(shop.owner(), "pin.unlocked", cashierId);
        JsonNode pinLogins = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=auth.login&subject=" + cashierId).json().get("data"),
                        d -> d.size() == 2);
        assertThat(pinLogins.valueStream().filter(e -> e.get("details").get("method").asString().equals("pin")))
                .singleElement().satisfies(e -> assertThat(e.get("device_id").asString()).isEqualTo(deviceId));
        JsonNode failed = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=auth.login_failed&subject=" + cashierId).json()
                        .get("data"), d -> d.size() == 5);
        assertThat(failed).hasSize(5);
        assertThat(failed.get(0).get("device_id").isNull()).isFalse();
        assertThat(failed.get(0).get("details").get("reason").asString()).isEqualTo("wrong_pin");
        JsonNode locked = awaitOne(shop.owner(), "pin.locked", cashierId);
        assertThat(locked.get("actor_id").isNull()).isTrue();
        assertThat(locked.get("device_id").isNull()).isFalse();
        assertThat(awaitOne(shop.owner(), "pin.unlocked", cashierId).get("actor_id").asString()).isEqualTo(owner);
        assertThat(shop.owner().get("/api/v1/audit?action=pin.set&subject=" + cashierId).json().get("data")).hasSize(1);
        JsonNode refunded = awaitOne(shop.owner(), "order.refunded", paidId);
        assertThat(refunded.get("actor_id").asString()).isEqualTo(managerId);
        assertThat(refunded.get("device_id").asString()).isEqualTo(deviceId);
        JsonNode wasted = awaitOne(shop.owner(), "stock.adjusted", cup);
        assertThat(wasted.get("actor_id").asString()).isEqualTo(managerId);
        assertThat(wasted.get("device_id").asString()).as("counted on the till").isEqualTo(deviceId);
    }

    @Test
    void discountsVoidsAndPriceChangesAreKeptWithWho() {
        TestShop shop = openShop("retail");
        String owner = shop.owner().get("/api/v1/users/me").json().get("id").asString();
        String cup = shop.item("CUP", "10.00", 20);
        Http.Response placed = shop.owner().post("/api/v1/orders",
                discounted(List.of(line(cup, 2)), discount("fixed", "3.00", "loyal customer")));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String discountedId = placed.json().get("id").asString();

        JsonNode partly = shop.placed(cup, 1);
        String voidedId = partly.get("id").asString();
        assertThat(shop.pay(voidedId, "cash", "4.00").status()).isEqualTo(201);
        // A paid order is cancelled once its payments went back: a void.
        assertThat(shop.owner().post("/api/v1/orders/" + voidedId + "/refunds", refund("4.00", "walked out")).status())
                .isEqualTo(201);
        assertThat(shop.status(voidedId, "cancelled").status()).isEqualTo(200);
        String unpaid = shop.placed(cup, 1).get("id").asString();
        assertThat(shop.status(unpaid, "cancelled").status()).isEqualTo(200);
        assertThat(shop.owner().patch("/api/v1/inventory/items/" + cup, newPrice("12.50")).status()).isEqualTo(200);

        JsonNode discount = awaitOne(shop.owner(), "order.discounted", discountedId);
        assertThat(discount.get("actor_id").asString()).isEqualTo(owner);
        assertThat(discount.get("details").get("amount").asString()).isEqualTo("3.00");
        assertThat(discount.get("details").get("reasons").get(0).asString()).isEqualTo("loyal customer");
        JsonNode voided = awaitOne(shop.owner(), "order.voided", voidedId);
        assertThat(voided.get("actor_id").asString()).isEqualTo(owner);
        assertThat(voided.get("details").get("paid").asString()).isEqualTo("4.00");
        assertThat(awaitOne(shop.owner(), "order.cancelled", voidedId).get("actor_id").asString()).isEqualTo(owner);
        awaitOne(shop.owner(), "order.cancelled", unpaid);
        assertThat(shop.owner().get("/api/v1/audit?action=order.voided&subject=" + unpaid).json().get("data")).isEmpty();
        JsonNode price = awaitOne(shop.owner(), "item.price_changed", cup);
        assertThat(new java.math.BigDecimal(price.get("before").get("unit_price").asString())).isEqualByComparingTo("10.00");
        assertThat(new java.math.BigDecimal(price.get("after").get("unit_price").asString())).isEqualByComparingTo("12.50");
        assertThat(price.get("actor_id").asString()).isEqualTo(owner);
    }
}
