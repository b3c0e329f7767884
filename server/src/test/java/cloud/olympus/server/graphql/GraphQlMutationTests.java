package cloud.olympus.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.GraphQl;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Orders placed and moved over GraphQL follow the rules they follow over REST, through the same
 * services: priced by the server, stock reserved at once, one order per idempotency key whichever
 * door it came through, status changes by the order's life and the caller's permissions.
 */
class GraphQlMutationTests extends ApiTest {

    private static final String CREATE = """
            mutation Place($input: OrderInput!, $key: String) {
              createOrder(input: $input, idempotencyKey: $key) {
                id orderNumber status source subtotal tax total paymentStatus
                items { sku quantity unitPrice total modifiers { group name priceDelta } }
              }
            }""";

    private static final String MOVE = """
            mutation Move($id: UUID!, $status: String!) { changeOrderStatus(id: $id, status: $status) { id status } }""";

    @Test
    void anOrderIsPricedByTheServerAndReservesItsStock() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 10);

        Map<String, Object> kiosk = GraphQl.input(OrderRequests.order(OrderRequests.line(tea, 3)));
        kiosk.put("source", "kiosk");
        GraphQl.Answer placed = new GraphQl(shop.owner()).run(CREATE, Map.of("input", kiosk));

        assertThat(placed.errors().isMissingNode()).as(placed.toString()).isTrue();
        JsonNode order = placed.data().get("createOrder");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("source").asString()).isEqualTo("kiosk");
        assertThat(order.get("items").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(order.get("subtotal").decimalValue()).isEqualByComparingTo("10.50");
        JsonNode stored = shop.owner().get("/api/v1/orders/" + order.get("id").asString()).json();
        assertThat(stored.get("total").decimalValue()).isEqualByComparingTo(order.get("total").decimalValue());
        assertThat(shop.itemNow(tea).get("reserved_stock").asInt()).isEqualTo(3);
    }

    @Test
    void oneKeyOneOrderWhicheverDoorItCameThrough() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 10);
        String key = UUID.randomUUID().toString();
        Map<String, Object> variables = Map.of("key", key, "input", GraphQl.input(OrderRequests.order(OrderRequests.line(tea, 1))));
        GraphQl graphQl = new GraphQl(shop.owner());

        String first = graphQl.run(CREATE, variables).data().get("createOrder").get("id").asString();
        String again = graphQl.run(CREATE, variables).data().get("createOrder").get("id").asString();
        Http.Response rest = shop.owner().withHeader("Idempotency-Key", key).post("/api/v1/orders",
                OrderRequests.order(OrderRequests.line(tea, 1)));

        assertThat(again).isEqualTo(first);
        assertThat(rest.json().get("id").asString()).isEqualTo(first);
        assertThat(rest.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(shop.itemNow(tea).get("reserved_stock").asInt()).isEqualTo(1);

        GraphQl.Answer otherOrder = graphQl.run(CREATE, Map.of("key", key,
                "input", GraphQl.input(OrderRequests.order(OrderRequests.line(tea, 2)))));
        assertThat(otherOrder.errorType()).as(otherOrder.toString()).isEqualTo("idempotency-key-reused");
        assertThat(otherOrder.classification()).isEqualTo("UNPROCESSABLE");
    }

    @Test
    void theOrdersRulesRefuseAsOverRest() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 2);
        GraphQl graphQl = new GraphQl(shop.owner());

        GraphQl.Answer tooMany = graphQl.run(CREATE, Map.of("input", GraphQl.input(OrderRequests.order(OrderRequests.line(tea, 5)))));
        assertThat(tooMany.data().get("createOrder").isNull()).isTrue();
        assertThat(tooMany.errorType()).as(tooMany.toString()).isEqualTo("out-of-stock");
        assertThat(tooMany.classification()).isEqualTo("CONFLICT");
        assertThat(tooMany.errors().get(0).get("extensions").get("sku").asString()).isEqualTo("TEA");

        GraphQl.Answer unknown = graphQl.run(CREATE, Map.of("input",
                GraphQl.input(OrderRequests.order(OrderRequests.line(UUID.randomUUID().toString(), 1)))));
        assertThat(unknown.errorType()).as(unknown.toString()).isEqualTo("validation-failed");
        assertThat(unknown.errors().get(0).get("extensions").get("field").asString()).isEqualTo("items[0].product_id");

        GraphQl.Answer empty = graphQl.run(CREATE, Map.of("input", Map.of("items", List.of())));
        assertThat(empty.errorType()).as(empty.toString()).isEqualTo("validation-failed");
        assertThat(empty.errors().get(0).get("extensions").get("errors").get(0).get("field").asString()).isEqualTo("input.items");

        Map<String, Object> discounted = GraphQl.input(OrderRequests.discounted(OrderRequests.lines(tea, 1),
                OrderRequests.discount("percentage", "10", null)));
        String server = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "server");
        GraphQl.Answer noDiscount = new GraphQl(http(server)).run(CREATE, Map.of("input", discounted));
        assertThat(noDiscount.errorType()).as(noDiscount.toString()).isEqualTo("forbidden");
        assertThat(shop.itemNow(tea).get("reserved_stock").asInt()).isZero();
    }

    @Test
    void anOrderMovesAlongItsLife() {
        TestShop shop = openShop("restaurant");
        String id = shop.placed(shop.item("TEA", "3.50", 5), 1).get("id").asString();
        GraphQl owner = new GraphQl(shop.owner());

        assertThat(owner.run(MOVE, Map.of("id", id, "status", "confirmed")).data().get("changeOrderStatus").get("status")
                .asString()).isEqualTo("confirmed");

        GraphQl kitchen = new GraphQl(http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen")));
        assertThat(kitchen.run(MOVE, Map.of("id", id, "status", "preparing")).data().get("changeOrderStatus").get("status")
                .asString()).isEqualTo("preparing");
        GraphQl.Answer kitchenCancels = kitchen.run(MOVE, Map.of("id", id, "status", "cancelled"));
        assertThat(kitchenCancels.errorType()).as(kitchenCancels.toString()).isEqualTo("forbidden");

        GraphQl.Answer backwards = owner.run(MOVE, Map.of("id", id, "status", "pending"));
        assertThat(backwards.errorType()).as(backwards.toString()).isEqualTo("invalid-status-change");
        assertThat(backwards.errors().get(0).get("extensions").get("allowed").valueStream().map(JsonNode::asString).toList())
                .contains("ready", "cancelled");
        assertThat(shop.owner().get("/api/v1/orders/" + id).json().get("status").asString()).isEqualTo("preparing");

        TestShop other = openShop("restaurant");
        GraphQl.Answer foreign = new GraphQl(other.owner()).run(MOVE, Map.of("id", id, "status", "cancelled"));
        assertThat(foreign.errorType()).as(foreign.toString()).isEqualTo("not-found");
    }

    @Test
    void aRoleThatMayNotOrderIsRefusedBeforeAnythingHappens() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 5);
        GraphQl kitchen = new GraphQl(http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen")));

        GraphQl.Answer refused = kitchen.run(CREATE, Map.of("input", GraphQl.input(OrderRequests.order(OrderRequests.line(tea, 1)))));

        assertThat(refused.errorType()).as(refused.toString()).isEqualTo("forbidden");
        assertThat(refused.message()).contains("order_create");
        assertThat(refused.data().get("createOrder").isNull()).isTrue();
        assertThat(shop.itemNow(tea).get("reserved_stock").asInt()).isZero();
    }
}
