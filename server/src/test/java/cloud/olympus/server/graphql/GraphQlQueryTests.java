package cloud.olympus.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.CustomerBuilder;
import cloud.olympus.server.support.GraphQl;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reading over GraphQL answers what REST answers: the same orders, customers, items and alerts,
 * filtered and paged alike, and another business's records are not there.
 */
class GraphQlQueryTests extends ApiTest {

    private static final String ORDER_FIELDS = "id orderNumber status source total currency businessDate createdAt "
            + "items { name quantity unitPrice total modifiers { name } } payments { method amount }";

    @Test
    void ordersAreTheOnesRestLists() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 20);
        JsonNode first = shop.placed(tea, 1);
        JsonNode second = shop.placed(tea, 2);
        shop.status(first.get("id").asString(), "confirmed");

        GraphQl.Answer answer = graphQl(shop).run("{ orders { data { " + ORDER_FIELDS + " } nextCursor } }");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.errors().isMissingNode()).as(answer.toString()).isTrue();
        JsonNode orders = answer.data().get("orders").get("data");
        assertThat(orders.valueStream().map(o -> o.get("id").asString()).toList())
                .containsExactly(second.get("id").asString(), first.get("id").asString());
        JsonNode newest = orders.get(0);
        assertThat(newest.get("orderNumber").asString()).isEqualTo(second.get("order_number").asString());
        assertThat(newest.get("total").decimalValue()).isEqualByComparingTo(second.get("total").decimalValue());
        assertThat(newest.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(newest.get("businessDate").asString()).isEqualTo(second.get("business_date").asString());
        assertThat(answer.data().get("orders").get("nextCursor").isNull()).isTrue();
    }

    @Test
    void ordersAreFilteredAndPagedLikeRest() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 50);
        List<String> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(0, shop.placed(tea, 1).get("id").asString());
        }
        shop.status(placed.get(0), "confirmed");
        GraphQl graphQl = graphQl(shop);

        JsonNode pending = graphQl.run("{ orders(status: [\"pending\"]) { data { id status } } }").data().get("orders");
        assertThat(pending.get("data").valueStream().map(o -> o.get("id").asString()).toList())
                .containsExactly(placed.get(1), placed.get(2));

        String page = "query Page($cursor: String) { orders(limit: 2, cursor: $cursor) { data { id } nextCursor } }";
        JsonNode one = graphQl.run(page).data().get("orders");
        assertThat(one.get("data").valueStream().map(o -> o.get("id").asString()).toList())
                .containsExactly(placed.get(0), placed.get(1));
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("cursor", one.get("nextCursor").asString());
        JsonNode two = graphQl.run(page, variables).data().get("orders");
        assertThat(two.get("data").valueStream().map(o -> o.get("id").asString()).toList()).containsExactly(placed.get(2));
        assertThat(two.get("nextCursor").isNull()).isTrue();

        GraphQl.Answer unknownStatus = graphQl.run("{ orders(status: [\"lost\"]) { data { id } } }");
        assertThat(unknownStatus.errorType()).as(unknownStatus.toString()).isEqualTo("validation-failed");
        assertThat(unknownStatus.classification()).isEqualTo("BAD_REQUEST");
        assertThat(unknownStatus.errors().get(0).path("extensions").path("field").asString()).isEqualTo("status");
        assertThat(unknownStatus.data().isNull()).as("orders is never null, so its error leaves no data at all").isTrue();
    }

    @Test
    void oneOrderAndNotAnotherBusinesss() {
        TestShop ours = openShop("restaurant");
        TestShop theirs = openShop("retail");
        String ourOrder = ours.placed(ours.item("TEA", "3.50", 5), 1).get("id").asString();
        String theirOrder = theirs.placed(theirs.item("PEN", "1.20", 5), 1).get("id").asString();
        String query = "query One($id: UUID!) { order(id: $id) { id orderNumber items { sku } } }";

        GraphQl.Answer found = graphQl(ours).run(query, Map.of("id", ourOrder));
        assertThat(found.data().get("order").get("items").get(0).get("sku").asString()).isEqualTo("TEA");

        GraphQl.Answer foreign = graphQl(ours).run(query, Map.of("id", theirOrder));
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.data().get("order").isNull()).as(foreign.toString()).isTrue();
        assertThat(foreign.errorType()).isEqualTo("not-found");
        assertThat(foreign.classification()).isEqualTo("NOT_FOUND");
        assertThat(foreign.errors().get(0).get("path").get(0).asString()).isEqualTo("order");
        assertThat(foreign.message()).isEqualTo("Order not found");
        // The same as REST answers.
        assertThat(ours.owner().get("/api/v1/orders/" + theirOrder).status()).isEqualTo(404);
    }

    @Test
    void customersAndOneCustomer() {
        TestShop shop = openShop("retail");
        String id = shop.owner().post("/api/v1/customers", CustomerBuilder.customer().firstName("Ada").lastName("Lovelace")
                .email("ada@example.com").tags("vip").request()).json().get("id").asString();
        shop.owner().post("/api/v1/customers", CustomerBuilder.customer().firstName("Bob").lastName("Builder").request());
        GraphQl graphQl = graphQl(shop);

        JsonNode found = graphQl.run("{ customers(tag: \"vip\") { data { id firstName lastName email tags loyaltyPoints "
                + "lifetimeValue preferences } nextCursor } }").data().get("customers");
        assertThat(found.get("data")).hasSize(1);
        assertThat(found.get("data").get(0).get("email").asString()).isEqualTo("ada@example.com");
        assertThat(found.get("data").get(0).get("loyaltyPoints").asLong()).isZero();

        JsonNode one = graphQl.run("query C($id: UUID!) { customer(id: $id) { lastName tags } }", Map.of("id", id)).data();
        assertThat(one.get("customer").get("lastName").asString()).isEqualTo("Lovelace");

        TestShop other = openShop("retail");
        GraphQl.Answer foreign = graphQl(other).run("query C($id: UUID!) { customer(id: $id) { id } }", Map.of("id", id));
        assertThat(foreign.errorType()).isEqualTo("not-found");
        assertThat(graphQl(other).run("{ customers(tag: \"vip\") { data { id } } }").data().get("customers").get("data"))
                .isEmpty();
    }

    @Test
    void itemsWithTheirMovementsForThoseWhoMaySeeStock() {
        TestShop shop = openShop("retail");
        shop.item("PEN", "1.20", 7);
        String items = "{ items(q: \"PEN\") { data { sku unitPrice currentStock availableStock modifierGroups { name } "
                + "movements(limit: 5) { data { kind quantityDelta stockAfter } } } } }";

        GraphQl.Answer owner = graphQl(shop).run(items);
        JsonNode pen = owner.data().get("items").get("data").get(0);
        assertThat(pen.get("unitPrice").decimalValue()).isEqualByComparingTo("1.20");
        assertThat(pen.get("movements").get("data").get(0).get("kind").asString()).isEqualTo("receipt");
        assertThat(pen.get("movements").get("data").get(0).get("stockAfter").asInt()).isEqualTo(7);

        // A cashier sees the catalogue but not the stock ledger: that one field is refused, the rest answered.
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        GraphQl.Answer refused = new GraphQl(cashier).run(items);
        JsonNode seen = refused.data().get("items").get("data").get(0);
        assertThat(seen.get("sku").asString()).isEqualTo("PEN");
        assertThat(seen.get("movements").isNull()).isTrue();
        assertThat(refused.errorType()).isEqualTo("forbidden");
        assertThat(refused.classification()).isEqualTo("FORBIDDEN");
        assertThat(refused.message()).contains("stock_view");
        assertThat(refused.errors().get(0).get("path").valueStream().map(JsonNode::asString).toList())
                .containsExactly("items", "data", "0", "movements");
    }

    @Test
    void alertsInTheSharedShape() {
        TestShop shop = openShop("retail");
        String pen = shop.item(ItemBuilder.item("PEN", "1.20").stock(2).minStock(1));
        shop.placed(pen, 1);

        JsonNode alerts = graphQl(shop).run("{ alerts { data { kind severity subject { type id label } messageKey arguments "
                + "raisedAt acknowledgedAt } } }").data().get("alerts").get("data");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("kind").asString()).isEqualTo("stock_low");
        assertThat(alerts.get(0).get("subject").get("id").asString()).isEqualTo(pen);
        assertThat(alerts.get(0).get("arguments").get("sku").asString()).isEqualTo("PEN");
    }

    @Test
    void withoutATokenThereIsNoGraphQl() {
        Http.Response none = new GraphQl(http()).run("{ orders { data { id } } }").response();
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.problemType()).isEqualTo("unauthorized");

        Http.Response bad = new GraphQl(http("not-a-token")).run("{ orders { data { id } } }").response();
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.problemType()).isEqualTo("invalid-token");
    }

    private GraphQl graphQl(TestShop shop) {
        return new GraphQl(shop.owner());
    }
}
