package cloud.olympus.client.realtime;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live events from the server's WebSocket {@code /ws} (see docs/realtime.md): connects with the
 * access token the supplier gives, subscribes to its topics and hands each event to the listener.
 * When the connection drops it tries again after a growing, jittered pause ({@link Backoff}) and
 * resumes from the last event it handed over, so nothing is missed while the server still keeps it
 * (else the listener is told to reload). Before the token expires it sends the supplier's fresh one.
 * {@link #start()} once, {@link #close()} when done.
 */
public final class RealtimeClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeClient.class);
    /** Send a fresh token this long before the one in use expires. */
    private static final Duration RENEW_MARGIN = Duration.ofMinutes(1);
    private static final Duration RENEW_RETRY = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final URI uri;
    private final Supplier<String> token;
    private final List<String> topics;
    private final RealtimeListener listener;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;

    // Touched on the scheduler's thread and the socket's reading thread: guarded by this.
    private Connection current;
    private String tokenInUse;
    private int failures;
    private boolean closed;
    private ScheduledFuture<?> renewal;
    private long lastSeq = -1;
    private long subscribedSeq = -1;
    private volatile RealtimeState state = RealtimeState.DOWN;

    /**
     * @param baseUrl the server, as for REST ({@code http://host:8080}; https becomes wss)
     * @param token   a valid access token whenever asked (refreshed as needed), or null while there is none
     * @param topics  what to subscribe to; the user's roles must allow each
     */
    public RealtimeClient(String baseUrl, Supplier<String> token, Set<String> topics, RealtimeListener listener) {
        this(baseUrl, token, topics, listener, Backoff.standard());
    }

    public RealtimeClient(String baseUrl, Supplier<String> token, Set<String> topics, RealtimeListener listener, Backoff backoff) {
        this.uri = socketUri(baseUrl);
        this.token = token;
        this.topics = List.copyOf(topics);
        this.listener = listener;
        this.backoff = backoff;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "olympus-realtime");
            thread.setDaemon(true);
            return thread;
        });
    }

    static URI socketUri(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (base.startsWith("https://")) {
            return URI.create("wss://" + base.substring("https://".length()) + "/ws");
        }
        if (base.startsWith("http://")) {
            return URI.create("ws://" + base.substring("http://".length()) + "/ws");
        }
        throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
    }

    public void start() {
        scheduler.execute(this::connect);
    }

    public RealtimeState state() {
        return state;
    }

    /** The number of the last event handed over, or -1 before the first subscription. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** Stops for good: the socket closes and no attempt follows. */
    @Override
    public void close() {
        Connection open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = current;
            current = null;
            if (renewal != null) {
                renewal.cancel(false);
            }
        }
        scheduler.shutdownNow();
        if (open != null) {
            open.close();
        }
        changeState(RealtimeState.DOWN);
    }

    private void connect() {
        String bearer;
        synchronized (this) {
            if (closed || current != null) {
                return;
            }
        }
        changeState(RealtimeState.CONNECTING);
        try {
            bearer = token.get();
        } catch (RuntimeException e) {
            LOG.debug("No access token for the live connection: {}", e.toString());
            bearer = null;
        }
        if (bearer == null) {
            retryLater();
            return;
        }
        Connection connection = new Connection(uri, bearer);
        synchronized (this) {
            if (closed) {
                return;
            }
            current = connection;
            tokenInUse = bearer;
        }
        connection.connect();
    }

    private void retryLater() {
        Duration pause;
        synchronized (this) {
            if (closed) {
                return;
            }
            pause = backoff.delay(failures++);
        }
        changeState(RealtimeState.DOWN);
        LOG.debug("Live connection down; next attempt in {} ms", pause.toMillis());
        scheduleSafely(this::connect, pause);
    }

    private void received(Connection connection, String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JacksonException e) {
            LOG.warn("Live connection: the server sent something that is not JSON");
            return;
        }
        switch (message.path("type").asString()) {
            case "authenticated" -> authenticated(connection, message);
            case "subscribed" -> subscribed(message);
            case "event" -> event(message);
            case "reload" -> reload(message);
            case "ping" -> connection.sendQuietly(Map.of("type", "pong"));
            case "error" -> LOG.warn("Live connection: the server refused a message: {} {}", message.path("code").asString(),
                    message.path("message").asString());
            default -> {
            }
        }
    }

    /** The token was taken: the first time on this socket, subscribe (resuming after the last event seen). */
    private void authenticated(Connection connection, JsonNode message) {
        if (!connection.subscribed) {
            connection.subscribed = true;
            Map<String, Object> subscribe = new LinkedHashMap<>();
            subscribe.put("type", "subscribe");
            subscribe.put("topics", topics);
            synchronized (this) {
                if (lastSeq >= 0) {
                    subscribe.put("after_seq", lastSeq);
                }
            }
            connection.sendQuietly(subscribe);
        }
        renewBefore(message.path("expires_at").asString());
    }

    private void subscribed(JsonNode message) {
        synchronized (this) {
            subscribedSeq = message.path("seq").asLong();
            if (lastSeq < 0) {
                lastSeq = subscribedSeq;
            }
            failures = 0;
        }
        changeState(RealtimeState.LIVE);
    }

    private void event(JsonNode message) {
        long seq = message.path("seq").asLong();
        synchronized (this) {
            if (seq <= lastSeq) {
                return;
            }
            lastSeq = seq;
        }
        listener.onMessage(new RealtimeMessage(message.path("topic").asString(), seq, message.path("event").asString(),
                message.path("data")));
    }

    /** Start over from where the server stands now (which may be below what was seen, after a database was restored). */
    private void reload(JsonNode message) {
        synchronized (this) {
            lastSeq = subscribedSeq;
        }
        listener.onReload(message.path("reason").asString());
    }

    /** Sends the supplier's fresh token before the one in use expires; asks again shortly if it has none yet. */
    private void renewBefore(String expiresAt) {
        Duration wait;
        try {
            wait = Duration.between(Instant.now(), Instant.parse(expiresAt).minus(RENEW_MARGIN));
        } catch (RuntimeException e) {
            return;
        }
        synchronized (this) {
            if (renewal != null) {
                renewal.cancel(false);
            }
            if (!closed) {
                renewal = scheduler.schedule(this::renew, Math.max(wait.toMillis(), RENEW_RETRY.toMillis() / 4),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private void renew() {
        Connection connection;
        String previous;
        synchronized (this) {
            connection = current;
            previous = tokenInUse;
        }
        if (connection == null) {
            return;
        }
        String fresh;
        try {
            fresh = token.get();
        } catch (RuntimeException e) {
            fresh = null;
        }
        if (fresh == null || fresh.equals(previous)) {
            scheduleSafely(this::renew, RENEW_RETRY);
            return;
        }
        synchronized (this) {
            tokenInUse = fresh;
        }
        connection.sendQuietly(Map.of("type", "auth", "token", fresh));
    }

    private void lost(Connection connection, int code, String reason) {
        synchronized (this) {
            if (connection != current) {
                return;
            }
            current = null;
            if (renewal != null) {
                renewal.cancel(false);
            }
        }
        LOG.debug("Live connection closed ({} {})", code, reason);
        retryLater();
    }

    private void scheduleSafely(Runnable task, Duration after) {
        synchronized (this) {
            if (closed) {
                return;
            }
            scheduler.schedule(task, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void changeState(RealtimeState next) {
        RealtimeState before = state;
        state = next;
        if (before != next) {
            listener.onState(next);
        }
    }

    /** One socket; a new one for every attempt. */
    private final class Connection extends WebSocketClient {

        /** Whether this socket has sent its subscription; a later token only renews. */
        volatile boolean subscribed;

        Connection(URI address, String bearer) {
            super(address, Map.of("Authorization", "Bearer " + bearer));
            setConnectionLostTimeout(30);
        }

        void sendQuietly(Object message) {
            try {
                send(JSON.writeValueAsString(message));
            } catch (RuntimeException e) {
                LOG.debug("Live connection: could not send: {}", e.toString());
            }
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
            received(this, message);
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            try {
                scheduler.execute(() -> lost(this, code, reason));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.debug("Live connection closed after the client was closed");
            }
        }

        @Override
        public void onError(Exception e) {
            LOG.debug("Live connection: {}", e.toString());
        }
    }
}
