package cloud.olympus.server.inventory;

import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.StockRequests.adjustment;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stock alerts are kept: raised once per crossing, over when stock comes back, acknowledged by a manager. */
class StockAlertTests extends ApiTest {

    @Test
    void anAlertIsRaisedOncePerCrossingAndIsOverWhenStockComesBack() {
        TestShop shop = openShop("retail");
        String mug = shop.item(item("MUG", "5.00").name("Mug").stock(10).minStock(5).maxStock(40));
        Http owner = shop.owner();
        waste(owner, mug, -4); // 6: above the minimum
        assertThat(alerts(owner, "open")).isEmpty();
        waste(owner, mug, -2); // 4: crossed into low
        waste(owner, mug, -1); // 3: still low, no second alert
        JsonNode low = alerts(owner, "open");
        assertThat(low).hasSize(1);
        JsonNode alert = low.get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("stock_low");
        assertThat(alert.get("severity").asString()).isEqualTo("warning");
        assertThat(alert.get("message_key").asString()).isEqualTo("alert.stock_low");
        assertThat(alert.get("arguments").get("available").asInt()).isEqualTo(4);
        assertThat(alert.get("arguments").get("suggested_reorder").asInt()).isEqualTo(36);
        assertThat(alert.get("subject").get("label").asString()).isEqualTo("Mug");

        owner.post("/api/v1/inventory/items/" + mug + "/adjustments", adjustment(20, "receipt"));
        assertThat(alerts(owner, "open")).isEmpty();
        assertThat(alerts(owner, "all").get(0).get("resolved_at").isNull()).isFalse();
        waste(owner, mug, -20); // 3 again: a new crossing, a new alert
        assertThat(alerts(owner, "open")).hasSize(1);
    }

    @Test
    void managersAcknowledgeAlertsAndOnlyTheirTenantsOnes() {
        TestShop shop = openShop("retail");
        String mug = shop.item(item("MUG", "5.00").name("Mug").stock(2).minStock(0));
        Http owner = shop.owner();
        waste(owner, mug, -2);
        String id = alerts(owner, "open").get(0).get("id").asString();
        assertThat(alerts(owner, "open").get(0).get("kind").asString()).isEqualTo("stock_depleted");

        String cashier = TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "cashier");
        assertThat(http(cashier).get("/api/v1/inventory/alerts").json().get("data")).hasSize(1);
        assertThat(http(cashier).post("/api/v1/inventory/alerts/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);
        TestShop stranger = openShop("retail");
        assertThat(stranger.owner().post("/api/v1/inventory/alerts/" + id + "/acknowledge", Map.of()).status()).isEqualTo(404);
        assertThat(stranger.owner().get("/api/v1/inventory/alerts?status=all").json().get("data")).isEmpty();

        Http.Response acknowledged = owner.post("/api/v1/inventory/alerts/" + id + "/acknowledge", Map.of());
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.json().get("acknowledged_by").asString()).isNotBlank();
        assertThat(alerts(owner, "open")).isEmpty();
        assertThat(alerts(owner, "acknowledged")).hasSize(1);
        assertThat(owner.get("/api/v1/inventory/alerts?status=sideways").status()).isEqualTo(400);
    }

    private static void waste(Http owner, String item, int delta) {
        Http.Response response = owner.post("/api/v1/inventory/items/" + item + "/adjustments", adjustment(delta, "waste"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static JsonNode alerts(Http owner, String status) {
        return owner.get("/api/v1/inventory/alerts?status=" + status).json().get("data");
    }
}
