package cloud.olympus.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The till's outbox against the real server: sales survive crashes and are never doubled. */
class OutboxTests extends ApiTest {

    @TempDir
    Path dir;

    @Test
    void aTillKilledWhileKeepingSalesLosesNoneAndDoublesNone() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item(java.util.Map.of("sku", "COFFEE", "name", "Coffee", "unit_price", "3.00", "track_stock", false));

        Process till = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OutboxCrashWriter.class.getName(), dir.toString(), item)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(till.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 60 && (line = out.readLine()) != null) {
                acknowledged.add(line.substring(4));
            }
            till.destroyForcibly().waitFor();
        }
        assertThat(acknowledged).hasSize(60);

        OlympusApi api = new OlympusApi(new OlympusClient("http://localhost:" + port));
        api.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
        try (Outbox outbox = new Outbox(dir, api, Clock.systemUTC())) {
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
    void sendingAgainAfterALostAnswerGivesTheSameOrder() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item("MUG", "8.00", 10);
        OlympusApi api = new OlympusApi(new OlympusClient("http://localhost:" + port));
        api.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
        try (Outbox outbox = new Outbox(dir, api, Clock.systemUTC())) {
            OrderDraft sale = new OrderDraft(UUID.randomUUID(), "pos",
                    List.of(new OrderDraft.Line(UUID.fromString(item), 2, List.of(), null, null)), null, List.of(), null,
                    List.of(new OrderDraft.Tender("card", new BigDecimal("10.00"), null, "auth 1"),
                            new OrderDraft.Tender("cash", new BigDecimal("20.00"), null, null)));
            outbox.add(sale);
            assertThat(outbox.flush()).isTrue();
            // The answer was lost: the till never learnt the sale had gone, and sends it again.
            try (Stream<Path> sent = Files.list(dir.resolve("sent"))) {
                Path file = sent.findFirst().orElseThrow();
                Files.move(file, dir.resolve("pending").resolve(file.getFileName()));
            }
            assertThat(outbox.flush()).isTrue();

            assertThat(orderIds(shop)).containsExactly(sale.id().toString());
            JsonNode order = shop.owner().get("/api/v1/orders/" + sale.id()).json();
            assertThat(order.get("payments").size()).isEqualTo(2);
            assertThat(order.get("status").asString()).isEqualTo("completed");
            assertThat(shop.itemNow(item).get("current_stock").asInt()).isEqualTo(8);
        }
    }

    @Test
    void salesTheServerRefusesAreKeptAsideWithItsReason() {
        TestShop shop = openShop("retail");
        String item = shop.item("LAST", "5.00", 1);
        OlympusApi api = new OlympusApi(new OlympusClient("http://localhost:" + port));
        api.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
        try (Outbox outbox = new Outbox(dir, api, Clock.systemUTC())) {
            outbox.add(new OrderDraft(UUID.randomUUID(), "pos", List.of(new OrderDraft.Line(UUID.fromString(item), 3, List.of(), null,
                    null)), null, List.of(), null, List.of()));
            assertThat(outbox.flush()).isTrue();
            assertThat(outbox.state().failed()).isEqualTo(1);
            assertThat(outbox.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("Not enough"));
        }
    }

    private static List<String> orderIds(TestShop shop) {
        return shop.owner().get("/api/v1/orders?limit=200").json().get("data").valueStream()
                .map(o -> o.get("id").asString()).toList();
    }
}
