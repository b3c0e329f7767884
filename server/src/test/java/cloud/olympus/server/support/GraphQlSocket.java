package cloud.olympus.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A real WebSocket client speaking GraphQL's WebSocket protocol (graphql-transport-ws): it sends
 * {@code connection_init} with whatever payload the test gives, then subscriptions, and keeps every
 * message the server sends, in order, and how the server closed the socket.
 */
public final class GraphQlSocket implements AutoCloseable {

    public static final String PROTOCOL = "graphql-transport-ws";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlSocket(String url) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols(PROTOCOL)
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), new Listener())
                .join();
    }

    /** Opens a socket to {@code /graphql/ws} of the server at {@code base} (http://host:port) and says hello with {@code payload}. */
    public static GraphQlSocket open(String base, Map<String, Object> payload) {
        GraphQlSocket socket = new GraphQlSocket(base.replaceFirst("^http", "ws") + "/graphql/ws");
        socket.send(Map.of("type", "connection_init", "payload", payload));
        return socket;
    }

    /** Opens a socket and waits until the server has accepted the token. */
    public static GraphQlSocket connect(String base, String accessToken) {
        GraphQlSocket socket = open(base, Map.of("Authorization", "Bearer " + accessToken));
        JsonNode ack = socket.next();
        if (!"connection_ack".equals(ack.path("type").asString())) {
            throw new IllegalStateException("not acknowledged: " + ack);
        }
        return socket;
    }

    public void subscribe(String id, String document) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("query", document);
        send(Map.of("id", id, "type", "subscribe", "payload", payload));
    }

    public void ping() {
        send(Map.of("type", "ping"));
    }

    /** The next message from the server; fails when none comes in a while. */
    public JsonNode next() {
        try {
            JsonNode message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (message == null) {
                throw new IllegalStateException("no message from the server within " + WAIT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message of type {@code next} for subscription {@code id}, skipping keep-alive pings. */
    public JsonNode nextEvent(String id) {
        while (true) {
            JsonNode message = next();
            if (!"ping".equals(message.path("type").asString()) && !"pong".equals(message.path("type").asString())) {
                if (!id.equals(message.path("id").asString())) {
                    throw new IllegalStateException("a message for another subscription: " + message);
                }
                return message;
            }
        }
    }

    /** The status code the server closed the socket with. */
    public int closeStatus() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private void send(Map<String, Object> message) {
        socket.sendText(Http.JSON.writeValueAsString(message), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(Http.JSON.readTree(text.toString()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
