package cloud.olympus.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.GraphQlSocket;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Order events over GraphQL's WebSocket protocol, with a real WebSocket client: a subscriber hears
 * of an order placed through REST and of its moves, only ever its own business's, and a socket
 * without a valid token in its first message is closed before it can subscribe.
 */
class GraphQlSubscriptionTests extends ApiTest {

    private static final String EVENTS = "subscription { orderEvents { seq tenantId event orderId occurredAt "
            + "order { id orderNumber status total items { sku quantity } } } }";

    @Test
    void aSubscriberHearsOfAnOrderPlacedThroughRestAndOfItsMoves() {
        TestShop shop = openShop("restaurant");
        String tea = shop.item("TEA", "3.50", 10);
        String kitchen = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen");
        try (GraphQlSocket socket = GraphQlSocket.connect(http().base(), kitchen)) {
            subscribed(socket, "1");

            JsonNode order = shop.placed(tea, 2);
            JsonNode placed = event(socket, "1");
            assertThat(placed.get("event").asString()).isEqualTo("order.placed");
            assertThat(placed.get("orderId").asString()).isEqualTo(order.get("id").asString());
            assertThat(placed.get("order").get("orderNumber").asString()).isEqualTo(order.get("order_number").asString());
            assertThat(placed.get("order").get("items").get(0).get("quantity").asInt()).isEqualTo(2);

            assertThat(shop.status(order.get("id").asString(), "confirmed").status()).isEqualTo(200);
            JsonNode moved = event(socket, "1");
            assertThat(moved.get("event").asString()).isEqualTo("order.status_changed");
            assertThat(moved.get("order").get("status").asString()).isEqualTo("confirmed");
            assertThat(moved.get("seq").asLong()).isGreaterThan(placed.get("seq").asLong());
        }
    }

    @Test
    void anotherBusinesssOrdersAreNeverHeard() {
        TestShop ours = openShop("restaurant");
        TestShop theirs = openShop("restaurant");
        String ourTea = ours.item("TEA", "3.50", 10);
        String theirTea = theirs.item("TEA", "3.50", 10);
        try (GraphQlSocket socket = GraphQlSocket.connect(http().base(), ours.tenant().accessToken())) {
            subscribed(socket, "ours");

            theirs.placed(theirTea, 1);
            String ourOrder = ours.placed(ourTea, 1).get("id").asString();

            // Their order was committed, and told, before ours was placed: had it reached us, it would come first.
            assertThat(event(socket, "ours").get("orderId").asString()).isEqualTo(ourOrder);
        }
    }

    @Test
    void anOwnerHearsEveryLocationAndALocationsStaffOnlyTheirs() {
        TestOrganisation chain = TestOrganisation.open(http());
        String northManager = chain.northUser("manager");
        try (GraphQlSocket everywhere = GraphQlSocket.connect(http().base(), chain.org().accessToken());
             GraphQlSocket manager = GraphQlSocket.connect(http().base(), northManager)) {
            subscribed(everywhere, "all");
            subscribed(manager, "north");

            String southOrder = chain.orderAtSouth();
            String northOrder = chain.orderAtNorth();

            JsonNode first = event(everywhere, "all");
            JsonNode second = event(everywhere, "all");
            assertThat(List.of(first.get("orderId").asString(), second.get("orderId").asString()))
                    .containsExactlyInAnyOrder(southOrder, northOrder);
            JsonNode southEvent = first.get("orderId").asString().equals(southOrder) ? first : second;
            assertThat(southEvent.get("tenantId").asString()).isEqualTo(chain.south());
            assertThat(southEvent.get("order").get("items").get(0).get("sku").asString()).isEqualTo("S-1");
            // The south order was told before the north one was placed: had it reached north, it would come first.
            JsonNode heardAtNorth = event(manager, "north");
            assertThat(heardAtNorth.get("orderId").asString()).isEqualTo(northOrder);
            assertThat(heardAtNorth.get("tenantId").asString()).isEqualTo(chain.north());
        }
    }

    @Test
    void aSocketWithoutAValidTokenIsClosedBeforeItCanSubscribe() {
        TestShop shop = openShop("restaurant");
        for (Map<String, Object> payload : java.util.List.<Map<String, Object>>of(Map.of(),
                Map.of("Authorization", "Bearer not-a-token"), Map.of("Authorization", shop.tenant().accessToken()),
                Map.of("Authorization", 42))) {
            try (GraphQlSocket socket = GraphQlSocket.open(http().base(), payload)) {
                assertThat(socket.closeStatus()).as(payload.toString()).isEqualTo(4401);
            }
        }

        TestTenants.Opened loggedOut = openTenant("retail", "professional");
        assertThat(http().post("/api/v1/auth/logout", Map.of("refresh_token", loggedOut.refreshToken())).status()).isEqualTo(204);
        try (GraphQlSocket socket = GraphQlSocket.open(http().base(), Map.of("Authorization", "Bearer " + loggedOut.accessToken()))) {
            assertThat(socket.closeStatus()).as("a token of an ended session").isEqualTo(4401);
        }
    }

    /** Subscribes, then waits for the answer to a ping: the server handles a socket's messages in order. */
    private static void subscribed(GraphQlSocket socket, String id) {
        socket.subscribe(id, EVENTS);
        socket.ping();
        assertThat(socket.next().path("type").asString()).isEqualTo("pong");
    }

    private static JsonNode event(GraphQlSocket socket, String id) {
        JsonNode message = socket.nextEvent(id);
        assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
        assertThat(message.path("payload").has("errors")).as(message.toString()).isFalse();
        return message.path("payload").path("data").path("orderEvents");
    }
}
