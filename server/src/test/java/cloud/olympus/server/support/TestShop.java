package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.StatusRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A tenant's catalogue, customers and orders, through the API, for tests that need something to sell. */
public record TestShop(TestTenants.Opened tenant, Http owner) {

    public String item(String sku, String price, int stock) {
        return item(ItemBuilder.item(sku, price).stock(stock));
    }

    public String item(ItemBuilder item) {
        Http.Response created = owner.post("/api/v1/inventory/items", item.create());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    public JsonNode itemNow(String id) {
        return owner.get("/api/v1/inventory/items/" + id).json();
    }

    /** A customer known by first name only; answers their id. */
    public String customer(String firstName) {
        Http.Response created = owner.post("/api/v1/customers", CustomerBuilder.named(firstName));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    public Http.Response order(Http as, Object... productAndQuantity) {
        return as.post("/api/v1/orders", OrderRequests.order(OrderRequests.lines(productAndQuantity)));
    }

    public JsonNode placed(Object... productAndQuantity) {
        Http.Response response = order(owner, productAndQuantity);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /**
     * Order lines as hand-written JSON, for bodies the API's records cannot carry (a quantity in
     * words, an id that is no UUID); well-formed lines come from {@link OrderRequests#lines}.
     */
    public static List<Map<String, Object>> rawLines(Object... productAndQuantity) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.add(Map.of("product_id", productAndQuantity[i], "quantity", productAndQuantity[i + 1]));
        }
        return lines;
    }

    public Http.Response pay(String orderId, String method, String amount) {
        return owner.post("/api/v1/orders/" + orderId + "/payments", OrderRequests.payment(method, amount));
    }

    public Http.Response status(String orderId, String status) {
        return owner.put("/api/v1/orders/" + orderId + "/status", new StatusRequest(status));
    }

    /** A till the owner registered under {@code name}: its device id and the token it shows. */
    public Till till(String name) {
        Http.Response registered = owner.post("/api/v1/devices", Map.of("name", name));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new Till(java.util.UUID.fromString(registered.json().get("id").asString()), registered.json().get("token").asString());
    }

    /** A registered till: its device id (the {@code terminal_id} its sales and drawer carry) and its device token. */
    public record Till(java.util.UUID id, String token) {

        /** {@code who}, calling from this till: the till's token goes with each request. */
        public Http at(Http who) {
            return who.withHeader("X-Device-Token", token);
        }
    }
}
