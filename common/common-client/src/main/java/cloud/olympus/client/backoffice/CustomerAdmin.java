package cloud.olympus.client.backoffice;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OrderSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The back office's calls on customers: finding them page by page, their details and tags, their
 * orders and points, and what a person may ask about their data (a copy of it all, erasure).
 */
public class CustomerAdmin {

    /** Customers a page asks for. */
    public static final int PAGE = 50;

    private final OlympusClient client;

    public CustomerAdmin(OlympusClient client) {
        this.client = client;
    }

    /** Customers whose name, email start or phone matches {@code query} (all when blank), by last name. */
    public Listing<CustomerProfile> find(String query, String cursor) {
        String path = "/api/v1/customers?limit=" + PAGE + (query == null || query.isBlank() ? "" : "&q="
                + CatalogueAdmin.encode(query.strip())) + (cursor == null ? "" : "&cursor=" + CatalogueAdmin.encode(cursor));
        JsonNode answer = client.get(path);
        JsonNode next = answer.path("next_cursor");
        return new Listing<>(answer.get("data").valueStream().map(n -> client.json().treeToValue(n, CustomerProfile.class))
                .toList(), next.isNull() || next.isMissingNode() ? null : next.asString());
    }

    public CustomerProfile customer(UUID id) {
        return client.get("/api/v1/customers/" + id, CustomerProfile.class);
    }

    /** Changes the fields given (wire names: first_name, email, tags, …); answers the customer as stored. */
    public CustomerProfile update(UUID id, Map<String, Object> fields) {
        return client.json().treeToValue(client.patch("/api/v1/customers/" + id, fields), CustomerProfile.class);
    }

    /** The customer's points history, newest first. */
    public List<LoyaltyEntry> loyalty(UUID id) {
        return client.get("/api/v1/customers/" + id + "/loyalty").valueStream()
                .map(n -> client.json().treeToValue(n, LoyaltyEntry.class)).toList();
    }

    /** The customer's latest orders, newest first. */
    public List<OrderSummary> orders(UUID id) {
        return client.get("/api/v1/orders?limit=50&customer_id=" + id).get("data").valueStream()
                .map(n -> client.json().treeToValue(n, OrderSummary.class)).toList();
    }

    /** Everything held about the customer, as the JSON document to hand them. */
    public String export(UUID id) {
        return client.getText("/api/v1/customers/" + id + "/export");
    }

    /** Erases the customer's personal data; answers whether this call erased it (false: it was already). */
    public boolean erase(UUID id) {
        return client.post("/api/v1/customers/" + id + "/erase", null).path("erased_now").asBoolean();
    }
}
