package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A tenant's catalogue and orders, through the API, for tests that need something to sell. */
public record TestShop(TestTenants.Opened tenant, Http owner) {

    public String item(String sku, String price, int stock) {
        return item(Map.of("sku", sku, "name", "Item " + sku, "unit_price", price, "current_stock", stock));
    }

    public String item(Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.putIfAbsent("name", "Item " + body.get("sku"));
        Http.Response created = owner.post("/api/v1/inventory/items", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    public JsonNode itemNow(String id) {
        return owner.get("/api/v1/inventory/items/" + id).json();
    }

    public Http.Response order(Http as, Object... productAndQuantity) {
        return as.post("/api/v1/orders", Map.of("source", "pos", "items", lines(productAndQuantity)));
    }

    public JsonNode placed(Object... productAndQuantity) {
        Http.Response response = order(owner, productAndQuantity);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    public static List<Map<String, Object>> lines(Object... productAndQuantity) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.add(Map.of("product_id", productAndQuantity[i], "quantity", productAndQuantity[i + 1]));
        }
        return lines;
    }

    public Http.Response pay(String orderId, String method, String amount) {
        return owner.post("/api/v1/orders/" + orderId + "/payments", Map.of("method", method, "amount", amount));
    }

    public Http.Response status(String orderId, String status) {
        return owner.put("/api/v1/orders/" + orderId + "/status", Map.of("status", status));
    }
}
