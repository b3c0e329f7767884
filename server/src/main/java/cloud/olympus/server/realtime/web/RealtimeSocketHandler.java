package cloud.olympus.server.realtime.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.BearerTokens;
import cloud.olympus.server.auth.BearerTokens.Bearer;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.realtime.RealtimeEvent;
import cloud.olympus.server.realtime.RealtimeFeed;
import cloud.olympus.server.realtime.RealtimeProperties;
import cloud.olympus.server.realtime.RealtimeTopic;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live socket at {@code /ws} (see docs/realtime.md): authenticates a connection by its upgrade's
 * bearer token or its first message, subscribes it to the topics its permissions allow, and sends it
 * its tenant's events. Every second or so it closes connections whose token expired or whose session
 * ended, and pings those that have been quiet.
 */
@Component
class RealtimeSocketHandler extends TextWebSocketHandler implements SmartLifecycle {

    static final String BEARER = "olympus.bearer";
    static final CloseStatus TOO_SLOW = new CloseStatus(4008, "Too far behind: reconnect and resume");
    static final int UNAUTHORIZED = 4001;
    private static final int MAX_BAD_MESSAGES = 20;
    private static final int MAX_TOPICS = 10;
    private static final Logger log = LoggerFactory.getLogger(RealtimeSocketHandler.class);

    /** What clients send is small and flat; the parser refuses anything else before it costs much. */
    private static final JsonMapper READER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(16_384).maxNumberLength(20).build()).build()).build();

    private final RealtimeFeed feed;
    private final BearerTokens tokens;
    private final RealtimeProperties.Socket limits;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter tooSlow;
    private final Map<String, SocketConnection> connections = new ConcurrentHashMap<>();
    /** An event goes to many sockets as the same text, written once. */
    private final Cache<String, String> rendered = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();
    private ScheduledExecutorService checker;
    private ExecutorService closer;

    RealtimeSocketHandler(RealtimeFeed feed, BearerTokens tokens, RealtimeProperties properties, JsonMapper json, Clock clock,
                          MeterRegistry meters) {
        this.feed = feed;
        this.tokens = tokens;
        this.limits = properties.socket();
        this.json = json;
        this.clock = clock;
        this.tooSlow = Counter.builder("olympus.realtime.slow.consumers")
                .description("Live sockets closed because they fell too far behind").register(meters);
        meters.gauge("olympus.realtime.connections", connections, Map::size);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        SocketConnection connection = new SocketConnection(session, limits.queueSize(), limits.sendTimeout().toMillis(), closer,
                tooSlow::increment);
        connections.put(session.getId(), connection);
        if (session.getAttributes().get(BEARER) instanceof Bearer bearer) {
            authenticated(connection, bearer);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        SocketConnection connection = connections.get(session.getId());
        if (connection == null || connection.closing()) {
            return;
        }
        String text = message.getPayload();
        if (text.length() > limits.maxMessageChars()) {
            bad(connection, "too_large", "A message may be at most " + limits.maxMessageChars() + " characters");
            return;
        }
        if (text.indexOf('\0') >= 0) {
            bad(connection, "bad_message", "A message may not contain NUL characters");
            return;
        }
        JsonNode request;
        try {
            request = READER.readTree(text);
        } catch (JacksonException e) {
            bad(connection, "bad_json", "The message is not valid JSON");
            return;
        }
        if (request == null || !request.isObject() || !request.path("type").isString()) {
            bad(connection, "bad_message", "A message is a JSON object with a \"type\"");
            return;
        }
        String type = request.get("type").stringValue();
        switch (type) {
            case "auth" -> auth(connection, request);
            case "ping" -> send(connection, message("pong"));
            case "pong" -> {
            }
            case "subscribe", "unsubscribe" -> {
                if (connection.bearer() == null) {
                    bad(connection, "not_authenticated", "Send {\"type\":\"auth\",\"token\":...} first");
                } else if (type.equals("subscribe")) {
                    subscribe(connection, request);
                } else {
                    unsubscribe(connection);
                }
            }
            default -> bad(connection, "unknown_type", "Unknown message type; send auth, subscribe, unsubscribe, ping or pong");
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        SocketConnection connection = connections.remove(session.getId());
        if (connection != null) {
            connection.closed();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Live socket {}: {}", session.getId(), exception.toString());
    }

    private void auth(SocketConnection connection, JsonNode request) {
        JsonNode token = request.get("token");
        if (token == null || !token.isString()) {
            bad(connection, "bad_message", "auth needs a \"token\"");
            return;
        }
        Optional<Bearer> bearer;
        try {
            bearer = tokens.verify(token.stringValue());
        } catch (RuntimeException e) {
            send(connection, error("unavailable", "The token cannot be checked right now; try again shortly"));
            return;
        }
        Bearer before = connection.bearer();
        if (bearer.isEmpty()) {
            if (before == null) {
                connection.close(new CloseStatus(UNAUTHORIZED, "The access token is invalid or has expired"));
            } else {
                send(connection, error("invalid_token", "The access token is invalid or has expired; the previous one still holds"));
            }
            return;
        }
        Caller caller = bearer.get().caller();
        if (before != null && (!before.caller().userId().equals(caller.userId())
                || !before.caller().homeTenantId().equals(caller.homeTenantId()))) {
            send(connection, error("token_mismatch", "A fresh token must be the same user's"));
            return;
        }
        authenticated(connection, bearer.get());
    }

    private void authenticated(SocketConnection connection, Bearer bearer) {
        connection.authenticated(bearer);
        ObjectNode answer = message("authenticated");
        answer.put("user_id", bearer.caller().userId().toString());
        answer.put("tenant_id", bearer.caller().homeTenantId().toString());
        answer.put("expires_at", bearer.expiresAt().toString());
        send(connection, answer);
    }

    private void subscribe(SocketConnection connection, JsonNode request) {
        JsonNode requested = request.get("topics");
        if (requested == null || !requested.isArray() || requested.isEmpty() || requested.size() > MAX_TOPICS) {
            bad(connection, "bad_message", "subscribe needs \"topics\": a list of 1 to " + MAX_TOPICS + " topics");
            return;
        }
        Set<RealtimeTopic> topics = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode topic : requested) {
            Optional<RealtimeTopic> known = topic.isString() ? RealtimeTopic.fromWireName(topic.stringValue()) : Optional.empty();
            known.ifPresentOrElse(topics::add, () -> unknown.add(topic.isString() ? topic.stringValue() : topic.toString()));
        }
        if (!unknown.isEmpty()) {
            ObjectNode error = error("unknown_topic", "No such topic; topics are orders, inventory, alerts, dashboard and approvals");
            strings(error.putArray("topics"), unknown);
            send(connection, error);
            return;
        }
        Long afterSeq = null;
        JsonNode after = request.get("after_seq");
        if (after != null && !after.isNull()) {
            if (!after.isIntegralNumber() || !after.canConvertToLong() || after.longValue() < 0) {
                bad(connection, "bad_message", "after_seq is the number of the last event received, 0 or more");
                return;
            }
            afterSeq = after.longValue();
        }
        Bearer bearer = connection.bearer();
        Caller caller = bearer.caller();
        List<String> refused = topics.stream().filter(t -> !t.allowedFor(caller)).map(RealtimeTopic::wireName).toList();
        if (!refused.isEmpty()) {
            ObjectNode error = error("forbidden_topic", "Your role does not allow these topics");
            strings(error.putArray("topics"), refused);
            send(connection, error);
            return;
        }
        Set<String> names = new LinkedHashSet<>(topics.stream().map(RealtimeTopic::wireName).toList());
        Set<String> ownOnly = topics.stream().filter(t -> !t.seesAll(caller)).map(RealtimeTopic::wireName)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        java.util.function.Consumer<RealtimeEvent> onEvent = e -> {
            if (!ownOnly.contains(e.topic()) || requestedBy(e, caller)) {
                connection.send(render(e));
            }
        };
        connection.hold();
        RealtimeFeed.Subscription subscription;
        try {
            subscription = caller.may(Permission.LOCATION_ACT)
                    ? feed.subscribeWithLocations(caller.homeTenantId(), names, afterSeq, onEvent)
                    : feed.subscribe(caller.homeTenantId(), names, afterSeq, onEvent);
        } catch (RuntimeException e) {
            log.warn("Live socket {}: could not subscribe: {}", connection.id(), e.getMessage());
            connection.release(List.of(json.writeValueAsString(error("unavailable", "Cannot subscribe right now; try again shortly"))));
            return;
        }
        RealtimeFeed.Subscription replaced = connection.subscribe(subscription);
        if (replaced != null) {
            replaced.close();
        }
        ObjectNode answer = message("subscribed");
        strings(answer.putArray("topics"), names);
        answer.put("seq", subscription.startSeq());
        List<String> first = new ArrayList<>(List.of(json.writeValueAsString(answer)));
        if (subscription.missedSome()) {
            ObjectNode reload = message("reload");
            reload.put("reason", "Events after " + afterSeq + " are no longer kept: reload what you show, live events follow");
            first.add(json.writeValueAsString(reload));
        }
        connection.release(first);
    }

    /** Whether an approval's event is about a request the caller made. */
    private static boolean requestedBy(RealtimeEvent event, Caller caller) {
        return event.data() instanceof JsonNode data
                && caller.userId().toString().equals(data.path("requested_by").path("user_id").asString(""));
    }

    private void unsubscribe(SocketConnection connection) {
        RealtimeFeed.Subscription previous = connection.subscribe(null);
        if (previous != null) {
            previous.close();
        }
        send(connection, message("unsubscribed"));
    }

    /** Answers a bad message with an error; a connection that keeps sending them is closed. */
    private void bad(SocketConnection connection, String code, String detail) {
        send(connection, error(code, detail));
        if (connection.badMessage() >= MAX_BAD_MESSAGES) {
            connection.close(CloseStatus.POLICY_VIOLATION.withReason("Too many bad messages"));
        }
    }

    private String render(RealtimeEvent event) {
        return rendered.get(event.tenantId() + ":" + event.seq(), key -> {
            ObjectNode message = message("event");
            message.put("topic", event.topic());
            message.put("seq", event.seq());
            message.put("event", event.event());
            message.put("tenant_id", event.tenantId().toString());
            message.put("occurred_at", event.occurredAt().toString());
            message.set("data", (JsonNode) event.data());
            return json.writeValueAsString(message);
        });
    }

    private ObjectNode message(String type) {
        ObjectNode message = json.createObjectNode();
        message.put("type", type);
        return message;
    }

    private ObjectNode error(String code, String detail) {
        ObjectNode error = message("error");
        error.put("code", code);
        error.put("message", detail);
        return error;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    /** Closes what must close, pings what is quiet. */
    private void check() {
        long now = System.nanoTime();
        for (SocketConnection connection : connections.values()) {
            if (connection.closing()) {
                continue;
            }
            Bearer bearer = connection.bearer();
            if (bearer == null) {
                if (now - connection.openedAt() > limits.authTimeout().toNanos()) {
                    connection.close(new CloseStatus(UNAUTHORIZED, "No access token within "
                            + limits.authTimeout().toSeconds() + " s"));
                }
                continue;
            }
            if (bearer.expiredAt(clock.instant())) {
                connection.close(new CloseStatus(UNAUTHORIZED, "The access token expired; connect with a fresh one"));
                continue;
            }
            if (!stillOpen(bearer)) {
                connection.close(new CloseStatus(UNAUTHORIZED, "The session has ended; log in again"));
                continue;
            }
            if (now - connection.lastSent() > limits.keepalive().toNanos()) {
                send(connection, message("ping"));
            }
        }
    }

    private boolean stillOpen(Bearer bearer) {
        try {
            return tokens.isOpen(bearer);
        } catch (RuntimeException e) {
            // The database is unreachable: the session cannot be checked, and is not taken to have ended.
            return true;
        }
    }

    private void send(SocketConnection connection, ObjectNode message) {
        connection.send(json.writeValueAsString(message));
    }

    @Override
    public synchronized void start() {
        AtomicInteger closers = new AtomicInteger();
        closer = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "realtime-close-" + closers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "realtime-check");
            thread.setDaemon(true);
            return thread;
        });
        long every = limits.checkInterval().toMillis();
        checker.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) {
                log.warn("Live sockets: check failed: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Sockets are closed as the server goes away ({@code 1001}), so that clients reconnect to another instance. */
    @Override
    public synchronized void stop() {
        if (checker == null) {
            return;
        }
        checker.shutdownNow();
        connections.values().forEach(c -> c.close(CloseStatus.GOING_AWAY.withReason("The server is shutting down")));
        closer.shutdown();
        try {
            closer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checker = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return checker != null;
    }
}
