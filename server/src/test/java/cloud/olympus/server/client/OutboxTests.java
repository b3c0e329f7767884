package cloud.olympus.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.TillDrafts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The till's outbox against the real server: sales survive crashes, are never doubled, and a paid
 * sale is never given up on.
 */
class OutboxTests extends ApiTest {

    @TempDir
    Path dir;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void aTillKilledWhileKeepingSalesLosesNoneAndDoublesNone() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item(ItemBuilder.item("COFFEE", "3.00").name("Coffee").trackStock(false));

        Path acks = Files.createTempFile("till-acks", ".txt");
        Process till = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutboxCrashWriter.class.getName(), dir.toString(), item)
                .redirectOutput(acks.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged(acks).size() >= 60);
        } finally {
            till.destroyForcibly().waitFor();
        }
        // The till kept ringing until the kill landed: every sale it said it kept counts.
        Set<String> acknowledged = acknowledged(acks);
        Files.delete(acks);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        try (Outbox outbox = new Outbox(dir, loggedIn(shop), Clock.systemUTC())) {
            try (Stream<Path> left = Files.list(dir.resolve("pending"))) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".writing-"));
            }
            Set<String> kept = new HashSet<>(outbox.pendingIds());
            assertThat(kept).containsAll(acknowledged);
            assertThat(kept.size()).isLessThanOrEqualTo(acknowledged.size() + 1);

            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().pending()).isZero();
            assertThat(outbox.state().failed()).isZero();

            List<String> onServer = orderIds(shop);
            assertThat(onServer).doesNotHaveDuplicates().hasSameSizeAs(kept).containsAll(acknowledged);
            JsonNode any = shop.owner().get("/api/v1/orders/" + acknowledged.iterator().next()).json();
            assertThat(any.get("payment_status").asString()).isEqualTo("paid");
            assertThat(any.get("payments").size()).isEqualTo(1);
        }
    }

    @Test
    void aSaleSentAgainAfterALostAnswerIsTheSameSaleAndCountsAsDelivered() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item("MUG", "8.00", 10);
        try (Outbox outbox = new Outbox(dir, loggedIn(shop), Clock.systemUTC())) {
            OrderDraft sale = TillDrafts.sale(UUID.fromString(item), 2, "8.00", "card");
            outbox.add(sale);
            assertThat(outbox.flush()).isTrue();
            // The answer was lost: the till never learnt the sale had gone, and sends it again.
            try (Stream<Path> sent = Files.list(dir.resolve("sent"))) {
                Path file = sent.findFirst().orElseThrow();
                Files.move(file, dir.resolve("pending").resolve(file.getFileName()));
            }
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().failed()).isZero();

            assertThat(orderIds(shop)).containsExactly(sale.id().toString());
            JsonNode order = shop.owner().get("/api/v1/orders/" + sale.id()).json();
            assertThat(order.get("status").asString()).isEqualTo("completed");
            assertThat(shop.itemNow(item).get("current_stock").asInt()).isEqualTo(8);
        }
    }

    @Test
    void aSaleRungOfflineBeforeAPriceChangeArrivesAtThePriceThatWasPaid() {
        TestShop shop = openShop("retail");
        String mug = shop.item("MUG", "8.00", 10);
        OrderDraft sale = TillDrafts.sale(UUID.fromString(mug), 1, "8.00", "card"); // 8.66 by card, offline
        try (Outbox outbox = new Outbox(dir, loggedIn(shop), Clock.systemUTC())) {
            outbox.add(sale);
            shop.owner().patch("/api/v1/inventory/items/" + mug, ItemBuilder.newPrice("9.50"));
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().failed()).isZero();
        }
        JsonNode order = shop.owner().get("/api/v1/orders/" + sale.id()).json();
        assertThat(order.get("payment_status").asString()).isEqualTo("paid");
        assertThat(order.get("total").toString()).isEqualTo("8.66");
        assertThat(order.get("needs_review").asBoolean()).isTrue();
    }

    @Test
    void twoTillsSellingTheLastUnitOfflineBothGetTheirSalesRecorded() {
        TestShop shop = openShop("retail");
        String lamp = shop.item("LAMP", "20.00", 1);
        for (int t = 0; t < 2; t++) {
            try (Outbox till = new Outbox(dir.resolve("till-" + t), loggedIn(shop), Clock.systemUTC())) {
                till.add(TillDrafts.sale(UUID.fromString(lamp), 1, "20.00", "card"));
                assertThat(till.flush()).isTrue();
                assertThat(till.state().failed()).isZero();
            }
        }
        assertThat(orderIds(shop)).hasSize(2);
        assertThat(shop.itemNow(lamp).get("current_stock").asInt()).isEqualTo(-1);
    }

    @Test
    void aSaleThatCannotBeRecordedWaitsAsideForAManagerWhoRetriesOrDiscardsIt() throws Exception {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "4.00", 10);
        try (Outbox outbox = new Outbox(dir, loggedIn(shop), Clock.systemUTC())) {
            OrderDraft unknown = TillDrafts.sale(UUID.randomUUID(), 1, "4.00", "card");
            OrderDraft fine = TillDrafts.sale(UUID.fromString(cup), 1, "4.00", "cash");
            outbox.add(unknown);
            outbox.add(fine);
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().failed()).isEqualTo(1);
            assertThat(outbox.state().pending()).isZero();
            Outbox.Refused aside = outbox.refused().get(0);
            assertThat(aside.sale().id()).isEqualTo(unknown.id());
            assertThat(aside.problem().kind()).isEqualTo("sale-not-recordable");
            assertThat(aside.problem().field()).isEqualTo("lines[0].product_id");

            outbox.retry(aside.key());
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().failed()).isEqualTo(1);

            outbox.discard(outbox.refused().get(0).key(), "rung by mistake on a test item", "manager@shop");
            assertThat(outbox.state().failed()).isZero();
            try (Stream<Path> discarded = Files.list(dir.resolve("discarded"))) {
                assertThat(discarded.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".discarded"))
                        .anyMatch(n -> n.contains(unknown.id().toString()) && n.endsWith(".json"));
            }
            // The business learns of the sale that was rung and never recorded, once.
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.flush()).isTrue();
            JsonNode reported = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> shop.owner().get("/api/v1/audit?action=sale.discarded").json().get("data"), d -> d.size() > 0);
            assertThat(reported).hasSize(1);
            assertThat(reported.get(0).get("subject_id").asString()).isEqualTo(unknown.id().toString());
            assertThat(reported.get(0).get("details").get("reason").asString()).isEqualTo("rung by mistake on a test item");
            assertThat(reported.get(0).get("details").get("decided_by").asString()).isEqualTo("manager@shop");
            assertThat(reported.get(0).get("details").get("problem").asString()).isEqualTo("sale-not-recordable");
            assertThat(reported.get(0).get("details").get("total").decimalValue()).isEqualByComparingTo(unknown.total());
        }
        assertThat(orderIds(shop)).hasSize(1);
    }

    @Test
    void aSaleWhoseIdIsAlreadyTakenIsSetAsideNotTriedForEver() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "4.00", 10);
        OlympusApi api = loggedIn(shop);
        // One id already recorded from another terminal (its key is the id), one taken by an online order.
        OrderDraft first = TillDrafts.sale(UUID.fromString(cup), 1, "4.00", "card");
        api.recordSale(first);
        OrderDraft otherTerminal = new OrderDraft(first.id(), first.source(), first.lines(), null, List.of(), null,
                first.tenders(), UUID.randomUUID(), null, Instant.now(), false, first.subtotal(), first.tax(), first.total());
        UUID online = UUID.randomUUID();
        api.client().post("/api/v1/orders", new OrderRequest(online, OrderRequests.lines(cup, 1), "online", null, null, null),
                "web-" + online);
        OrderDraft takenId = TillDrafts.sale(online, Instant.now(), UUID.fromString(cup), 1, "4.00", "cash", null);
        try (Outbox outbox = new Outbox(dir, api, Clock.systemUTC())) {
            outbox.add(otherTerminal);
            outbox.add(takenId);
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().pending()).isZero();
            assertThat(outbox.refused()).extracting(r -> r.problem().status() + " " + r.problem().kind())
                    .containsExactlyInAnyOrder("422 idempotency-key-reused", "409 conflict");
        }
        assertThat(orderIds(shop)).hasSize(2);
    }

    @Test
    void anEndedSessionInTheMiddleOfAQueueWaitsForTheCashierToLogInAgainAndThenSendsEverything() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "4.00", 10);
        OlympusApi api = loggedIn(shop);
        try (Outbox outbox = new Outbox(dir, api, Clock.systemUTC())) {
            outbox.add(TillDrafts.sale(UUID.fromString(cup), 1, "4.00", "cash"));
            assertThat(outbox.flush()).isTrue();
            // A manager ends every session of the tenant elsewhere; three more sales are rung meanwhile.
            JdbcClient.create(ownerDataSource).sql("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE tenant_id = ?")
                    .param(shop.tenant().id()).update();
            String token = api.client().tokens().orElseThrow().accessToken();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                    .until(() -> http(token).get("/api/v1/users/me").status() == 401);
            for (int i = 0; i < 3; i++) {
                outbox.add(TillDrafts.sale(UUID.fromString(cup), 1, "4.00", "cash"));
            }
            assertThat(outbox.flush()).isFalse();
            assertThat(outbox.state().needsLogin()).isTrue();
            assertThat(outbox.state().pending()).isEqualTo(3);
            assertThat(outbox.state().failed()).isZero();

            api.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
            outbox.loggedIn();
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().needsLogin()).isFalse();
            assertThat(outbox.state().pending()).isZero();
        }
        assertThat(api.client().get("/api/v1/orders?limit=200").get("data")).hasSize(4);
    }

    @Test
    void salesSentLongAgoAreTrimmedFromTheTerminal() throws Exception {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "4.00", 10);
        Instant fortyDaysAgo = Instant.now().minus(Duration.ofDays(40));
        try (Outbox old = new Outbox(dir, loggedIn(shop), Clock.fixed(fortyDaysAgo, ZoneOffset.UTC))) {
            old.add(TillDrafts.sale(UUID.fromString(cup), 1, "4.00", "cash"));
            assertThat(old.flush()).isTrue();
        }
        try (Outbox outbox = new Outbox(dir, loggedIn(shop), Clock.systemUTC())) {
            outbox.add(TillDrafts.sale(UUID.fromString(cup), 1, "4.00", "cash"));
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.trimSent(Outbox.KEEP_SENT)).isEqualTo(1);
            try (Stream<Path> sent = Files.list(dir.resolve("sent"))) {
                assertThat(sent.count()).isEqualTo(1);
            }
        }
    }

    private static Set<String> acknowledged(Path acks) throws java.io.IOException {
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(acks, StandardCharsets.UTF_8)) {
            if (line.length() == "ACK ".length() + 36) { // a line cut by the kill was never an answer
                ids.add(line.substring(4));
            }
        }
        return ids;
    }

    private OlympusApi loggedIn(TestShop shop) {
        OlympusApi api = new OlympusApi(new OlympusClient("http://localhost:" + port));
        api.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
        return api;
    }

    private static List<String> orderIds(TestShop shop) {
        return shop.owner().get("/api/v1/orders?limit=200").json().get("data").valueStream()
                .map(o -> o.get("id").asString()).toList();
    }
}
