package cloud.olympus.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.OlympusServer;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.LiveSocket;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server instances on one PostgreSQL, as behind a load balancer: an event raised on either
 * reaches subscribers on both, through the database alone. And a subscriber that stops reading is
 * dropped with a reason while the others hear everything.
 */
class RealtimeInstancesTests {

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        one = instance("one");
        two = instance("two");
    }

    @AfterAll
    static void stopThem() throws IOException {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anEventRaisedOnEitherInstanceReachesSubscribersOnBoth() {
        TestTenants.Opened tenant = TestTenants.open(http(one), "restaurant", "professional");
        TestShop viaOne = new TestShop(tenant, http(one).withToken(tenant.accessToken()));
        TestShop viaTwo = new TestShop(tenant, http(two).withToken(tenant.accessToken()));
        String item = viaOne.item("TWO-1", "6.00", 100);
        try (LiveSocket onOne = LiveSocket.authenticated(port(one), tenant.accessToken());
             LiveSocket onTwo = LiveSocket.authenticated(port(two), tenant.accessToken())) {
            onOne.subscribe(null, "orders");
            onTwo.subscribe(null, "orders");

            String placedOnOne = viaOne.placed(item, 1).get("id").asString();
            String placedOnTwo = viaTwo.placed(item, 2).get("id").asString();

            for (String order : List.of(placedOnOne, placedOnTwo)) {
                long seq = onOne.event("order.placed", order).get("seq").asLong();
                assertThat(onTwo.event("order.placed", order).get("seq").asLong()).isEqualTo(seq);
            }
            assertThat(onTwo.event("order.placed", placedOnOne).get("data"))
                    .isEqualTo(viaTwo.owner().get("/api/v1/orders/" + placedOnOne).json());
        }
    }

    @Test
    void aSubscriberThatStopsReadingIsDroppedAndNobodyElseWaits() throws Exception {
        TestTenants.Opened tenant = TestTenants.open(http(one), "retail", "professional");
        TestShop shop = new TestShop(tenant, http(one).withToken(tenant.accessToken()));
        String item = shop.item("SLOW-1", "1.00", 5_000);
        CountDownLatch release = new CountDownLatch(1);
        try (LiveSocket fast = LiveSocket.authenticated(port(two), tenant.accessToken())) {
            fast.subscribe(null, "orders");
            StalledReader slow = new StalledReader(port(two), tenant.accessToken(), release);
            slow.setReceiveBufferSize(4096);
            assertThat(slow.connectBlocking(15, TimeUnit.SECONDS)).isTrue();
            slow.send("{\"type\":\"subscribe\",\"topics\":[\"orders\"]}");
            await().atMost(Duration.ofSeconds(15)).until(() -> slow.received.stream().anyMatch(m -> m.contains("\"subscribed\"")));

            int placed = 0;
            while (droppedOn(two) == 0 && placed < 600) {
                shop.placed(item, 1);
                placed++;
            }
            assertThat(droppedOn(two)).as("a socket closed for being too slow").isEqualTo(1);
            int expected = placed;
            await().atMost(Duration.ofSeconds(30)).until(() -> fast.events().size() >= expected);
            assertThat(fast.events()).hasSize(expected);

            release.countDown();
            await().atMost(Duration.ofSeconds(15)).until(() -> slow.closeCode != null);
            assertThat(slow.closeCode).as(slow.closeReason + " " + slow.error + " remote " + slow.remote).isEqualTo(4008);
            assertThat(slow.closeReason).contains("Too far behind");
            fast.assertAnswers();
        } finally {
            release.countDown();
        }
    }

    private static double droppedOn(ConfigurableApplicationContext instance) {
        Counter counter = instance.getBean(MeterRegistry.class).find("olympus.realtime.slow.consumers").counter();
        return counter == null ? 0 : counter.count();
    }

    /** A socket whose reader stops at its first event until released: a screen on a network that stalled. */
    private static final class StalledReader extends WebSocketClient {

        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch release;
        volatile Integer closeCode;
        volatile String closeReason;
        volatile Exception error;
        volatile boolean remote;

        StalledReader(int port, String token, CountDownLatch release) {
            super(URI.create("ws://localhost:" + port + "/ws"), Map.of("Authorization", "Bearer " + token));
            this.release = release;
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
            received.add(message);
            if (message.contains("\"type\":\"event\"")) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            closeReason = reason;
            this.remote = remote;
            closeCode = code;
        }

        @Override
        public void onError(Exception e) {
            error = e;
        }
    }

    private static ConfigurableApplicationContext instance(String name) throws IOException {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "instance-" + name + "-");
        return new SpringApplicationBuilder(OlympusServer.class)
                // Small socket buffers: a reader that stops is felt after a few messages, not after megabytes.
                .initializers(context -> context.getBeanFactory().registerSingleton("smallSendBuffers",
                        (TomcatConnectorCustomizer) connector -> connector.setProperty("socket.txBufSize", "4096")))
                .run("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--olympus.data-dir=" + dataDir,
                        "--olympus.auth.admin-key=" + ApiTest.ADMIN_KEY,
                        "--olympus.realtime.socket.queue-size=8");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    private static Http http(ConfigurableApplicationContext instance) {
        return new Http("http://localhost:" + port(instance));
    }
}
