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
    private final int pageSize;

    public CustomerAdmin(OlympusClient client) {
        this(client, PAGE);
    }

    /** @param pageSize how many of a customer's orders, and of their points history, a page holds */
    public CustomerAdmin(OlympusClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
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

    /** The customer's points history, newest first (the latest page of it). */
    public List<LoyaltyEntry> loyalty(UUID id) {
        return loyalty(id, null).rows();
    }

    /**
     * A page of the customer's points history, newest first: the first without {@code cursor}, the
     * next with the page before's.
     */
    public Listing<LoyaltyEntry> loyalty(UUID id, String cursor) {
        // One entry more than shown tells whether another page follows; the next begins after the last shown.
        List<LoyaltyEntry> read = client.get("/api/v1/customers/" + id + "/loyalty?limit=" + (pageSize + 1)
                        + (cursor == null ? "" : "&before=" + CatalogueAdmin.encode(cursor))).valueStream()
                .map(n -> client.json().treeToValue(n, LoyaltyEntry.class)).toList();
        List<LoyaltyEntry> shown = read.size() > pageSize ? read.subList(0, pageSize) : read;
        return new Listing<>(shown, read.size() > pageSize ? shown.get(pageSize - 1).id().toString() : null);
    }

    /** A page of the customer's orders, newest first: the first without {@code cursor}, the next with the page before's. */
    public Listing<OrderSummary> orders(UUID id, String cursor) {
        JsonNode answer = client.get("/api/v1/orders?limit=" + pageSize + "&customer_id=" + id
                + (cursor == null ? "" : "&cursor=" + CatalogueAdmin.encode(cursor)));
        JsonNode next = answer.path("next_cursor");
        return new Listing<>(answer.get("data").valueStream().map(n -> client.json().treeToValue(n, OrderSummary.class))
                .toList(), next.isString() ? next.asString() : null);
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
