package cloud.olympus.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.auth.internal.SigningKey;
import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.inventory.StockLow;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.EventLog;
import cloud.olympus.server.support.ForgedTokens;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.LiveSocket;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The live socket over real HTTP and WebSocket: who gets in, who hears what (a tenant its own
 * events, a location's staff only their location's), resuming after a lost connection or being
 * told to reload, and nothing heard of a change that rolled back.
 */
class RealtimeSocketTests extends ApiTest {

    @Autowired
    SigningKey signingKey;

    @Autowired
    EventLog events;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void anUpgradeWithoutAValidTokenIsRefusedBeforeItHappens() throws Exception {
        String none = LiveSocket.rawUpgrade(port, Map.of());
        assertThat(none).startsWith("HTTP/1.1 401").contains("application/problem+json")
                .contains("/problems/unauthorized").contains("WWW-Authenticate: Bearer");

        String bad = LiveSocket.rawUpgrade(port, Map.of("Authorization", "Bearer not-a-token"));
        assertThat(bad).startsWith("HTTP/1.1 401").contains("application/problem+json").contains("/problems/invalid-token");

        assertThatThrownBy(() -> LiveSocket.connect(port, "not.a.token"))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));

        var tenant = openTenant("retail", "starter");
        assertThat(http().post("/api/v1/auth/logout", new RefreshRequest(tenant.refreshToken())).status()).isEqualTo(204);
        assertThat(LiveSocket.rawUpgrade(port, Map.of("Authorization", "Bearer " + tenant.accessToken())))
                .as("a token whose session ended").startsWith("HTTP/1.1 401");
    }

    @Test
    void aTenantHearsItsOwnOrdersAsTheApiShowsThemAndNothingOfAnothers() {
        TestShop ours = openShop("restaurant");
        TestShop theirs = openShop("retail");
        String ourItem = ours.item("OURS-1", "5.00", 100);
        String theirItem = theirs.item("THEIRS-1", "7.50", 100);
        try (LiveSocket us = LiveSocket.authenticated(port, ours.tenant().accessToken());
             LiveSocket them = LiveSocket.authenticated(port, theirs.tenant().accessToken())) {
            us.subscribe(null, "orders");
            them.subscribe(null, "orders");

            String ourOrder = ours.placed(ourItem, 2).get("id").asString();
            JsonNode placed = us.event("order.placed", ourOrder);
            assertThat(placed.get("topic").asString()).isEqualTo("orders");
            assertThat(placed.get("tenant_id").asString()).isEqualTo(ours.tenant().id().toString());
            assertThat(placed.get("seq").asLong()).isPositive();
            assertThat(placed.get("data")).isEqualTo(ours.owner().get("/api/v1/orders/" + ourOrder).json());

            String theirOrder = theirs.placed(theirItem, 1).get("id").asString();
            them.event("order.placed", theirOrder);
            assertThat(them.events()).allSatisfy(e ->
                    assertThat(e.get("tenant_id").asString()).isEqualTo(theirs.tenant().id().toString()));
            assertThat(them.events()).noneMatch(e -> e.at("/data/id").asString().equals(ourOrder));
            assertThat(us.events()).noneMatch(e -> e.at("/data/id").asString().equals(theirOrder));
        }
        // Relayed events leave the registry: none is delivered again after a restart.
        await().atMost(Duration.ofSeconds(15)).until(() -> JdbcClient.create(ownerDataSource).sql("""
                        SELECT count(*) FROM event_publication
                         WHERE listener_id LIKE '%realtime%' AND serialized_event LIKE '%' || ? || '%'
                        """).param(ours.tenant().id().toString()).query(Long.class).single() == 0);
    }

    @Test
    void aLocationsStaffHearOnlyTheirLocationAndTheOrganisationsOwnerHearsEveryLocation() {
        TestOrganisation chain = TestOrganisation.open(http());
        var org = chain.org();
        Http owner = chain.owner();
        String north = chain.north();
        String south = chain.south();
        Http atNorth = chain.atNorth();
        String northManager = chain.northUser("manager");
        String orgCashier = TestTenants.addUserAndLogin(owner, org.slug(), "cashier");

        try (LiveSocket manager = LiveSocket.authenticated(port, northManager);
             LiveSocket everywhere = LiveSocket.authenticated(port, org.accessToken());
             LiveSocket headOffice = LiveSocket.authenticated(port, orgCashier)) {
            manager.subscribe(null, "orders");
            everywhere.subscribe(null, "orders");
            headOffice.subscribe(null, "orders");

            String southOrder = chain.orderAtSouth();
            String northOrder = chain.orderAtNorth();

            assertThat(everywhere.event("order.placed", southOrder).get("tenant_id").asString()).isEqualTo(south);
            assertThat(everywhere.event("order.placed", northOrder).get("tenant_id").asString()).isEqualTo(north);
            assertThat(manager.event("order.placed", northOrder).get("data"))
                    .isEqualTo(atNorth.get("/api/v1/orders/" + northOrder).json());
            assertThat(manager.events()).allSatisfy(e -> assertThat(e.get("tenant_id").asString()).isEqualTo(north));

            // The organisation's own cashier hears the organisation's own orders, not its locations'.
            String ownOrder = openShopOf(org).placed(new TestShop(org, owner).item("HQ-1", "3.00", 10), 1).get("id").asString();
            headOffice.event("order.placed", ownOrder);
            assertThat(headOffice.events()).allSatisfy(e -> assertThat(e.get("tenant_id").asString()).isEqualTo(org.id().toString()));
        }
    }

    @Test
    void aReconnectingScreenResumesFromItsLastNumber() {
        TestShop shop = openShop("restaurant");
        String item = shop.item("R-1", "3.00", 100);
        long last;
        try (LiveSocket first = LiveSocket.authenticated(port, shop.tenant().accessToken())) {
            first.subscribe(null, "orders");
            last = first.event("order.placed", shop.placed(item, 1).get("id").asString()).get("seq").asLong();
        }
        String missed1 = shop.placed(item, 1).get("id").asString();
        String missed2 = shop.placed(item, 2).get("id").asString();

        try (LiveSocket again = LiveSocket.authenticated(port, shop.tenant().accessToken())) {
            long now = again.subscribe(last, "orders");
            again.event("order.placed", missed1);
            again.event("order.placed", missed2);
            List<JsonNode> messages = again.received();
            assertThat(messages.stream().map(LiveSocket::type).toList().subList(0, 4))
                    .containsExactly("authenticated", "subscribed", "event", "event");
            // Two changes are relayed side by side, so their numbers may come in either order; each arrives once, in
            // the order of its number.
            assertThat(again.events()).extracting(e -> e.at("/data/id").asString()).containsExactlyInAnyOrder(missed1, missed2);
            assertThat(again.events()).extracting(e -> e.get("seq").asLong()).isSorted().allMatch(seq -> seq > last);
            assertThat(now).isGreaterThanOrEqualTo(again.events().get(1).get("seq").asLong());

            String live = shop.placed(item, 1).get("id").asString();
            assertThat(again.event("order.placed", live).get("seq").asLong()).isGreaterThan(now);
        }
    }

    @Test
    void aScreenTooFarBehindIsToldToReloadAndThenHearsWhatIsNew() {
        TestShop shop = openShop("retail");
        String item = shop.item("G-1", "3.00", 100);
        long last;
        try (LiveSocket first = LiveSocket.authenticated(port, shop.tenant().accessToken())) {
            last = first.subscribe(null, "orders");
            first.event("order.placed", shop.placed(item, 1).get("id").asString());
        }
        // The journal let the events go (as the purge does once they are past the replay window).
        JdbcClient.create(ownerDataSource).sql("DELETE FROM realtime.events WHERE tenant_id = ?").param(shop.tenant().id()).update();
        shop.placed(item, 1);

        try (LiveSocket behind = LiveSocket.authenticated(port, shop.tenant().accessToken())) {
            behind.subscribe(last, "orders");
            assertThat(behind.next("reload").get("reason").asString()).contains("reload");
            String fresh = shop.placed(item, 1).get("id").asString();
            behind.event("order.placed", fresh);
        }
        try (LiveSocket fromAnotherDatabase = LiveSocket.authenticated(port, shop.tenant().accessToken())) {
            fromAnotherDatabase.subscribe(last + 1_000_000, "orders");
            fromAnotherDatabase.next("reload");
        }
    }

    @Test
    void aChangeThatRolledBackIsNeverHeard() {
        TestShop shop = openShop("retail");
        String low = shop.item(ItemBuilder.item("LOW-1", "2.00").stock(5).minStock(3));
        String other = shop.item("OK-1", "2.00", 100);
        try (LiveSocket screen = LiveSocket.authenticated(port, shop.tenant().accessToken())) {
            screen.subscribe(null, "orders", "inventory", "alerts");
            UUID id = UUID.randomUUID();
            assertThat(shop.owner().post("/api/v1/orders", new OrderRequest(id, OrderRequests.lines(other, 1), null, null,
                    null, null)).status()).isEqualTo(201);
            // The same id again: the order reserves the low item (its alert is raised and published), then its
            // insert fails, and the whole transaction rolls back.
            Http.Response refused = shop.owner().post("/api/v1/orders", new OrderRequest(id, OrderRequests.lines(low, 3), null, null,
                    null, null));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(events.all(StockLow.class)).anyMatch(e -> e.itemId().toString().equals(low));

            String after = shop.placed(other, 1).get("id").asString();
            screen.event("order.placed", after);
            await().atMost(Duration.ofSeconds(15)).until(() -> screen.events().stream().filter(e ->
                    e.get("event").asString().equals("stock.changed") && e.at("/data/id").asString().equals(other)).count() == 2);
            assertThat(shop.itemNow(low).get("reserved_stock").asInt()).isZero();
            assertThat(screen.received()).noneMatch(m -> m.at("/data/id").asString().equals(low)
                    || m.at("/data/subject/id").asString().equals(low));
            assertThat(JdbcClient.create(ownerDataSource).sql("""
                            SELECT count(*) FROM realtime.events
                             WHERE tenant_id = ? AND (data->>'id' = ? OR data->'subject'->>'id' = ?)
                            """).params(shop.tenant().id(), low, low).query(Long.class).single()).isZero();
        }
    }

    @Test
    void stockAlertsTheirAcknowledgementAndTheDaysSalesArriveOnTheirTopics() {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG", "5.00").stock(6).minStock(5));
        String manager = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager");
        try (LiveSocket screen = LiveSocket.authenticated(port, manager)) {
            screen.subscribe(null, "alerts", "inventory", "dashboard");
            JsonNode placed = shop.placed(mug, 2);
            String order = placed.get("id").asString();
            String total = placed.get("total").decimalValue().toPlainString();

            JsonNode stock = screen.event("stock.changed", mug);
            assertThat(stock.get("topic").asString()).isEqualTo("inventory");
            assertThat(stock.at("/data/available_stock").asInt()).isEqualTo(4);
            JsonNode raised = screen.await(m -> m.path("event").asString().equals("alert.raised")
                    && m.path("topic").asString().equals("alerts"));
            assertThat(raised.at("/data/kind").asString()).isEqualTo("stock_low");
            assertThat(raised.at("/data/severity").asString()).isEqualTo("warning");
            assertThat(raised.at("/data/subject/id").asString()).isEqualTo(mug);
            String alert = raised.at("/data/id").asString();

            assertThat(http(manager).post("/api/v1/inventory/alerts/" + alert + "/acknowledge", Map.of()).status()).isEqualTo(200);
            JsonNode acknowledged = screen.await(m -> m.path("event").asString().equals("alert.acknowledged")
                    && m.path("topic").asString().equals("alerts"));
            assertThat(acknowledged.at("/data/id").asString()).isEqualTo(alert);
            assertThat(acknowledged.at("/data/acknowledged_by").asString()).isNotBlank();

            Http.Response paid = shop.pay(order, "cash", total);
            assertThat(paid.status()).as(paid.toString()).isBetween(200, 201);
            JsonNode sales = screen.await(m -> m.path("event").asString().equals("dashboard.sales"));
            assertThat(sales.at("/data/orders").asLong()).isEqualTo(1);
            assertThat(sales.at("/data/sales").decimalValue()).isEqualByComparingTo(total);
            assertThat(screen.events()).noneMatch(e -> e.get("topic").asString().equals("orders"));
        }
    }

    @Test
    void theApiGuideListsEachTopicWithThePermissionsThatOpenIt() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "api.md"));
        String table = guide.substring(guide.indexOf("<!-- topic-permissions -->"), guide.indexOf("<!-- /topic-permissions -->"));
        List<String> rows = table.lines().filter(l -> l.startsWith("| `")).toList();
        assertThat(rows).containsExactlyElementsOf(java.util.Arrays.stream(RealtimeTopic.values())
                .map(t -> "| `" + t.wireName() + "` | " + String.join(", ", t.permissions().stream()
                        .map(p -> "`" + p.wireName() + "`").toList()) + " |").toList());
    }

    @Test
    void theSocketClosesWhenItsTokenExpiresUnlessAFreshOneCame() {
        var tenant = openTenant("retail", "starter");
        String shortLived = ForgedTokens.expiringAt(signingKey, tenant.accessToken(), Instant.now().plusSeconds(2));
        try (LiveSocket expiring = LiveSocket.authenticated(port, shortLived)) {
            expiring.subscribe(null, "orders");
            assertThat(expiring.awaitClose()).isEqualTo(4001);
            assertThat(expiring.closeReason()).contains("expired");
        }

        String alsoShortLived = ForgedTokens.expiringAt(signingKey, tenant.accessToken(), Instant.now().plusSeconds(2));
        try (LiveSocket refreshed = LiveSocket.authenticated(port, alsoShortLived)) {
            refreshed.send(Map.of("type", "auth", "token", tenant.accessToken()));
            refreshed.await(m -> LiveSocket.type(m).equals("authenticated")
                    && Instant.parse(m.get("expires_at").asString()).isAfter(Instant.now().plusSeconds(60)));
            await().pollDelay(Duration.ofMillis(3_500)).until(() -> true);
            refreshed.assertAnswers();
            assertThat(refreshed.isOpen()).isTrue();
        }
    }

    @Test
    void theSocketClosesWhenItsSessionEnds() {
        var tenant = openTenant("retail", "starter");
        try (LiveSocket socket = LiveSocket.authenticated(port, tenant.accessToken())) {
            socket.subscribe(null, "orders");
            assertThat(http().post("/api/v1/auth/logout", new RefreshRequest(tenant.refreshToken())).status()).isEqualTo(204);
            assertThat(socket.awaitClose()).isEqualTo(4001);
            assertThat(socket.closeReason()).contains("session has ended");
        }
    }

    @Test
    void aBrowserSendsItsTokenFirstOrIsClosed() {
        var tenant = openTenant("retail", "starter");
        Map<String, String> browser = Map.of("Origin", "http://localhost:" + port);
        try (LiveSocket socket = LiveSocket.connect(port, null, browser)) {
            socket.subscribe(null, "orders");
            assertThat(socket.next("error").get("code").asString()).isEqualTo("not_authenticated");
            socket.send(Map.of("type", "auth", "token", tenant.accessToken()));
            assertThat(socket.next("authenticated").get("tenant_id").asString()).isEqualTo(tenant.id().toString());
            assertThat(socket.subscribe(null, "orders")).isNotNegative();
        }
        try (LiveSocket silent = LiveSocket.connect(port, null, browser)) {
            assertThat(silent.awaitClose()).isEqualTo(4001);
        }
        try (LiveSocket wrong = LiveSocket.connect(port, null, browser)) {
            wrong.send(Map.of("type", "auth", "token", "forged"));
            assertThat(wrong.awaitClose()).isEqualTo(4001);
        }
    }

    @Test
    void badMessagesAndTopicsTheRoleDoesNotAllowGetErrors() {
        TestShop shop = openShop("restaurant");
        String cook = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen");
        try (LiveSocket socket = LiveSocket.authenticated(port, cook)) {
            JsonNode refused = errorFor(socket, Map.of("type", "subscribe", "topics", List.of("orders", "dashboard")));
            assertThat(refused.get("code").asString()).isEqualTo("forbidden_topic");
            assertThat(refused.get("topics").toString()).isEqualTo("[\"dashboard\"]");
            assertThat(errorFor(socket, Map.of("type", "subscribe", "topics", List.of("gossip"))).get("code").asString())
                    .isEqualTo("unknown_topic");
            assertThat(errorFor(socket, Map.of("type", "subscribe", "topics", List.of("orders"), "after_seq", -1))
                    .get("code").asString()).isEqualTo("bad_message");
            assertThat(errorFor(socket, Map.of("type", "subscribe")).get("code").asString()).isEqualTo("bad_message");
            assertThat(errorFor(socket, "{not json").get("code").asString()).isEqualTo("bad_json");
            assertThat(errorFor(socket, "{\"type\":\"ping\u0000\"}").get("code").asString()).isEqualTo("bad_message");
            assertThat(errorFor(socket, "[1, 2]").get("code").asString()).isEqualTo("bad_message");
            assertThat(errorFor(socket, Map.of("type", "dance")).get("code").asString()).isEqualTo("unknown_type");
            assertThat(errorFor(socket, "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(9_000) + "\"}").get("code").asString())
                    .isEqualTo("too_large");
            assertThat(errorFor(socket, "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{}}}}}}").get("code").asString()).isEqualTo("bad_json");
            socket.assertAnswers();
            assertThat(socket.subscribe(null, "orders", "alerts", "inventory")).isNotNegative();
        }
    }

    private static JsonNode errorFor(LiveSocket socket, Object message) {
        int before = socket.received().size();
        socket.send(message);
        return socket.awaitFrom(before, m -> LiveSocket.type(m).equals("error"));
    }

    private TestShop openShopOf(TestTenants.Opened org) {
        return new TestShop(org, http(org.accessToken()));
    }
}
