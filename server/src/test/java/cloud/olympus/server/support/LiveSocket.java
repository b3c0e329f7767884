package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * A real WebSocket client of {@code /ws} for tests (the JDK's): it keeps every message the server
 * sent and how the socket closed, and waits for what a test expects.
 */
public final class LiveSocket implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile Integer closeCode;
    private volatile String closeReason;
    private WebSocket socket;

    private LiveSocket() {
    }

    /** Connects with {@code Authorization: Bearer token} (none when null) and any other headers. */
    public static LiveSocket connect(int port, String token, Map<String, String> headers) {
        LiveSocket live = new LiveSocket();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        live.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws"), live.listener()).orTimeout(15, TimeUnit.SECONDS).join();
        return live;
    }

    public static LiveSocket connect(int port, String token) {
        return connect(port, token, Map.of());
    }

    /** Connects and waits until the server says who it is talking to. */
    public static LiveSocket authenticated(int port, String token) {
        LiveSocket live = connect(port, token);
        live.next("authenticated");
        return live;
    }

    /** Subscribes and waits for the answer; answers the business's last number then. */
    public long subscribe(Long afterSeq, String... topics) {
        int before = received.size();
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("type", "subscribe");
        message.put("topics", List.of(topics));
        if (afterSeq != null) {
            message.put("after_seq", afterSeq);
        }
        send(message);
        return awaitFrom(before, m -> type(m).equals("subscribed") || type(m).equals("error")).path("seq").asLong();
    }

    public void send(Object message) {
        sendText(message instanceof String s ? s : Http.JSON.writeValueAsString(message));
    }

    public void sendText(String text) {
        socket.sendText(text, true).orTimeout(15, TimeUnit.SECONDS).join();
    }

    /** The first message of this type the server sent, waiting for it. */
    public JsonNode next(String type) {
        return await(m -> type(m).equals(type));
    }

    /** The first message (since connecting) that matches, waiting for it. */
    public JsonNode await(Predicate<JsonNode> wanted) {
        return awaitFrom(0, wanted);
    }

    /** The first message after the first {@code from} that matches, waiting for it. */
    public JsonNode awaitFrom(int from, Predicate<JsonNode> wanted) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> received.stream().skip(from)
                .filter(wanted).findFirst().orElse(null), m -> m != null);
    }

    /** The event messages so far, in the order they came. */
    public List<JsonNode> events() {
        return received.stream().filter(m -> type(m).equals("event")).toList();
    }

    /** The event of this name about this id (data.id), waiting for it. */
    public JsonNode event(String name, String id) {
        return await(m -> type(m).equals("event") && m.path("event").asString().equals(name)
                && m.path("data").path("id").asString().equals(id));
    }

    public List<JsonNode> received() {
        return new ArrayList<>(received);
    }

    /** Waits until the server closed the socket; answers its close code. */
    public int awaitClose() {
        Awaitility.await().atMost(WAIT).until(() -> closeCode != null);
        return closeCode;
    }

    public String closeReason() {
        return closeReason;
    }

    public boolean isOpen() {
        return closeCode == null && !socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
        socket.abort();
    }

    public static String type(JsonNode message) {
        return message.path("type").asString();
    }

    /**
     * An upgrade request sent by hand, for what the JDK's client will not send or show: answers the
     * raw status line, headers and body of the server's answer.
     */
    public static String rawUpgrade(int port, Map<String, String> headers) throws IOException {
        try (Socket raw = new Socket("localhost", port)) {
            raw.setSoTimeout(15_000);
            StringBuilder request = new StringBuilder("GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            OutputStream out = raw.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = raw.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                synchronized (partial) {
                    partial.append(data);
                    if (last) {
                        received.add(Http.JSON.readTree(partial.toString()));
                        partial.setLength(0);
                    }
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeReason = reason;
                closeCode = statusCode;
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                if (closeCode == null) {
                    closeReason = String.valueOf(error);
                    closeCode = 1006;
                }
            }
        };
    }

    /** Asserts that the socket is still open: it still answers a ping. */
    public void assertAnswers() {
        int before = received.size();
        send(Map.of("type", "ping"));
        assertThat(awaitFrom(before, m -> type(m).equals("pong"))).isNotNull();
    }
}
