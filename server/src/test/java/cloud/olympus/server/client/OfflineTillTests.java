package cloud.olympus.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.server.OlympusServer;
import cloud.olympus.server.support.TillDrafts;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A till keeps selling while its server is down and hands over exactly what it sold when it is back. */
class OfflineTillTests {

    @TempDir
    Path till;

    @Test
    void threeSalesWhileTheServerIsDownArriveExactlyOnceWhenItIsBack() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "offline-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OlympusApi api = new OlympusApi(new OlympusClient("http://localhost:" + port));
        CatalogueCache cache = new CatalogueCache(till, api.client().json());

        try (ConfigurableApplicationContext server = start(data, port)) {
            api.login("urban-threads", "cashier@urban-threads.example", "olympus-demo");
            cache.refresh(api);
        }
        // The server is gone. The till still has its catalogue and keeps selling.
        CatalogueCache restarted = new CatalogueCache(till, api.client().json());
        CatalogueItem socks = restarted.load().orElseThrow().items().stream()
                .filter(i -> i.sku().equals("SOCK-3")).findFirst().orElseThrow();
        try (Outbox outbox = new Outbox(till.resolve("outbox"), api, Clock.systemUTC())) {
            List<UUID> sold = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            for (UUID id : sold) {
                outbox.add(TillDrafts.sale(id, java.time.Instant.now(), socks.id(), 1, socks.unitPrice().toPlainString(), "cash",
                        null));
                assertThat(outbox.flush()).isFalse();
            }
            assertThat(outbox.state().pending()).isEqualTo(3);
            assertThat(outbox.state().reachable()).isFalse();

            try (ConfigurableApplicationContext server = start(data, port)) {
                assertThat(outbox.flush()).isTrue();
                assertThat(outbox.flush()).isTrue();
                assertThat(outbox.state().pending()).isZero();
                for (UUID id : sold) {
                    assertThat(api.order(id).paymentStatus()).isEqualTo(PaymentStatus.PAID);
                }
                long onServer = api.client().get("/api/v1/orders?limit=200&from=" + java.time.Instant.now().minusSeconds(600))
                        .get("data").valueStream().filter(o -> sold.contains(UUID.fromString(o.get("id").asString()))).count();
                assertThat(onServer).isEqualTo(3);
                assertThat(api.client().get("/api/v1/orders?limit=200&from=" + java.time.Instant.now().minusSeconds(600))
                        .get("data").size()).isEqualTo(3);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data, int port) {
        return new SpringApplicationBuilder(OlympusServer.class).run("--server.port=" + port, "--olympus.data-dir=" + data,
                "--olympus.demo=true", "--olympus.demo-history-days=1", "--olympus.demo-customers=10");
    }
}
