package cloud.olympus.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client against a small stand-in of the server's socket that speaks its protocol: it
 * subscribes with its token, hands events over once each, comes back after a drop and resumes
 * from the last event, is told to reload, and stays away once closed. The real server's side is
 * tested in the server's tests.
 */
class RealtimeClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final StandIn server = new StandIn();
    private final List<RealtimeMessage> messages = new CopyOnWriteArrayList<>();
    private final List<RealtimeState> states = new CopyOnWriteArrayList<>();
    private final List<String> reloads = new CopyOnWriteArrayList<>();
    private final RealtimeListener listener = new RealtimeListener() {
        @Override
        public void onMessage(RealtimeMessage message) {
            messages.add(message);
        }

        @Override
        public void onState(RealtimeState state) {
            states.add(state);
        }

        @Override
        public void onReload(String reason) {
            reloads.add(reason);
        }
    };
    private RealtimeClient client;

    @AfterEach
    void stop() throws InterruptedException {
        if (client != null) {
            client.close();
        }
        server.stop(1_000);
    }

    @Test
    void subscribesWithItsTokenResumesAfterADropAndReloadsWhenTooFarBehind() throws Exception {
        server.begin();
        client = new RealtimeClient("http://127.0.0.1:" + server.getPort(), () -> "token-1", Set.of("orders"), listener, quick());
        client.start();

        JsonNode subscribe = server.awaitMessage(0);
        assertThat(subscribe.get("type").asString()).isEqualTo("subscribe");
        assertThat(subscribe.get("topics").toString()).isEqualTo("[\"orders\"]");
        assertThat(subscribe.has("after_seq")).as("nothing to resume from yet").isFalse();
        assertThat(server.authorizations).containsExactly("Bearer token-1");
        await().atMost(WAIT).until(() -> client.state() == RealtimeState.LIVE);
        assertThat(client.lastSeq()).isEqualTo(10);

        server.event(11, "order.placed");
        server.event(12, "order.status_changed");
        server.event(12, "order.status_changed");
        await().atMost(WAIT).until(() -> messages.size() == 2);
        assertThat(messages).extracting(RealtimeMessage::seq).containsExactly(11L, 12L);
        assertThat(messages.get(0).data().get("id").asString()).isEqualTo("order-11");
        assertThat(messages.get(0).data().get("total").decimalValue().toPlainString()).isEqualTo("9.50");

        server.latest().close(4008, "Too far behind: reconnect and resume");
        JsonNode resume = server.awaitMessage(1);
        assertThat(resume.get("after_seq").asLong()).isEqualTo(12);
        assertThat(states).containsSubsequence(RealtimeState.CONNECTING, RealtimeState.LIVE, RealtimeState.DOWN,
                RealtimeState.CONNECTING, RealtimeState.LIVE);

        server.latest().send("{\"type\":\"reload\",\"reason\":\"Events after 12 are no longer kept\"}");
        server.event(31, "order.placed");
        await().atMost(WAIT).until(() -> messages.size() == 3);
        assertThat(reloads).containsExactly("Events after 12 are no longer kept");

        client.close();
        await().atMost(WAIT).until(() -> client.state() == RealtimeState.DOWN && server.open() == 0);
        assertThat(server.subscriptions()).hasSize(2);
    }

    @Test
    void waitsForATokenAndAnswersPings() throws Exception {
        server.begin();
        AtomicReference<String> token = new AtomicReference<>();
        client = new RealtimeClient("http://127.0.0.1:" + server.getPort(), token::get, Set.of("alerts"), listener, quick());
        client.start();
        await().atMost(WAIT).until(() -> states.stream().filter(s -> s == RealtimeState.DOWN).count() >= 2);
        assertThat(server.authorizations).isEmpty();

        token.set("token-2");
        server.awaitMessage(0);
        server.latest().send("{\"type\":\"ping\"}");
        assertThat(server.awaitMessage(1).get("type").asString()).isEqualTo("pong");
    }

    @Test
    void theSocketAddressFollowsTheServersAddress() {
        assertThat(RealtimeClient.socketUri("http://till.example:8080").toString()).isEqualTo("ws://till.example:8080/ws");
        assertThat(RealtimeClient.socketUri("https://olympus.example/").toString()).isEqualTo("wss://olympus.example/ws");
    }

    private static Backoff quick() {
        return new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), new Random(3));
    }

    /** The server's side of the protocol, as much of it as the client needs. */
    private static final class StandIn extends WebSocketServer {

        final List<String> authorizations = new CopyOnWriteArrayList<>();
        final List<JsonNode> received = new CopyOnWriteArrayList<>();
        final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
        private final CountDownLatch started = new CountDownLatch(1);

        StandIn() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        void begin() throws InterruptedException {
            start();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            if (handshake.hasFieldValue("Authorization")) {
                authorizations.add(handshake.getFieldValue("Authorization"));
            }
            sockets.add(socket);
            socket.send("{\"type\":\"authenticated\",\"expires_at\":\"" + Instant.now().plusSeconds(3600) + "\"}");
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            JsonNode parsed = JSON.readTree(message);
            received.add(parsed);
            if (parsed.path("type").asString().equals("subscribe")) {
                socket.send(parsed.has("after_seq") ? "{\"type\":\"subscribed\",\"seq\":30}" : "{\"type\":\"subscribed\",\"seq\":10}");
            }
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            sockets.remove(socket);
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        WebSocket latest() {
            return sockets.get(sockets.size() - 1);
        }

        int open() {
            return sockets.size();
        }

        List<JsonNode> subscriptions() {
            return received.stream().filter(m -> m.path("type").asString().equals("subscribe")).toList();
        }

        JsonNode awaitMessage(int index) {
            await().atMost(WAIT).until(() -> received.size() > index);
            return received.get(index);
        }

        void event(long seq, String event) {
            latest().send("{\"type\":\"event\",\"topic\":\"orders\",\"seq\":" + seq + ",\"event\":\"" + event
                    + "\",\"data\":{\"id\":\"order-" + seq + "\",\"total\":9.50}}");
        }
    }
}
