package cloud.olympus.fx.watch;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.model.alerts.Alert;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cards kept current by the server's live events: the whole glance is loaded once, then each
 * order event (which carries the order as {@code GET /api/v1/orders/{id}} answers it) and each
 * alert event (the alert) changes just that card. When the connection comes back, or the server
 * says too much was missed, the glance is loaded again; while there is no connection it is asked
 * for every few seconds.
 *
 * <p>The live connection tells this source what happens through {@link #event}, {@link #connected}
 * and {@link #reload}; {@code connection} starts and stops it.
 */
public final class LiveWatchSource implements WatchSource {

    private static final Logger LOG = LoggerFactory.getLogger(LiveWatchSource.class);

    /** The live connection: started once the first glance is loaded, closed with the source. */
    public interface Connection {
        void start();

        void close();
    }

    private final WatchBackend backend;
    private final JsonMapper json;
    private final Later later;
    private final Executor background;
    private final Duration pollWhileDown;
    private final Clock clock;
    private final Map<UUID, OrderSummary> orders = new LinkedHashMap<>();
    private final Map<UUID, Alert> alerts = new LinkedHashMap<>();
    private final Map<UUID, Approval> approvals = new LinkedHashMap<>();
    /** The wearer's time clock as last loaded; it changes only by the wearer's own actions, each followed by a load. */
    private TimeClock timeClock;
    private Connection connection;
    private Listener listener;
    private boolean live;
    private boolean closed;
    /** The live changes taken in; a load that saw some arrive while it was asking starts again. */
    private final LiveChanges changes = new LiveChanges();
    /** The cards live events changed since the load under way began: a glance read before them does not undo them. */
    private final java.util.Set<UUID> touched = new java.util.HashSet<>();
    private Runnable nextPoll = () -> { };

    /**
     * @param json          reads orders as the API writes them ({@link cloud.olympus.client.OlympusClient#json()})
     * @param pollWhileDown how often the glance is asked for while the live connection is down
     */
    public LiveWatchSource(WatchBackend backend, JsonMapper json, Later later, Executor background, Duration pollWhileDown,
                           Clock clock) {
        this.backend = backend;
        this.json = json;
        this.later = later;
        this.background = background;
        this.pollWhileDown = pollWhileDown;
        this.clock = clock;
    }

    /** The live connection to start and close; set before {@link #start}. */
    public void connectWith(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void start(Listener listener) {
        this.listener = listener;
        background.execute(() -> {
            load();
            if (connection != null) {
                connection.start();
            }
        });
    }

    @Override
    public void refresh() {
        background.execute(this::load);
    }

    @Override
    public synchronized void close() {
        closed = true;
        nextPoll.run();
        if (connection != null) {
            connection.close();
        }
    }

    /** A live event on {@code topic} with its data; topics other than orders, alerts and approvals change nothing here. */
    public void event(String topic, JsonNode data) {
        try {
            switch (topic) {
                case "orders" -> changed(json.treeToValue(data, OrderSummary.class));
                case "alerts" -> changed(OlympusApi.alert(data));
                case "approvals" -> changed(Approval.from(data));
                default -> {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // An event this watch cannot read (from a newer server, say): ask for the whole glance instead.
            LOG.debug("Could not read a live {} event: {}", topic, e.toString());
            refresh();
        }
    }

    /** The live connection came up ({@code true}) or went down. */
    public void connected(boolean up) {
        boolean cameBack;
        synchronized (this) {
            cameBack = up && !live;
            live = up;
            nextPoll.run();
        }
        if (cameBack) {
            refresh();
        } else if (!up) {
            pollLater();
        }
    }

    /** Too much was missed to catch up event by event: the whole glance again. */
    public void reload() {
        refresh();
    }

    private void changed(OrderSummary order) {
        synchronized (this) {
            changes.heard();
            touched.add(order.id());
            if (order.status().isFinal()) {
                orders.remove(order.id());
            } else {
                orders.put(order.id(), order);
            }
        }
        tell();
    }

    private void changed(Alert alert) {
        synchronized (this) {
            changes.heard();
            touched.add(alert.id());
            if (alert.open()) {
                alerts.put(alert.id(), alert);
            } else {
                alerts.remove(alert.id());
            }
        }
        tell();
    }

    private void changed(Approval approval) {
        synchronized (this) {
            changes.heard();
            touched.add(approval.id());
            if (approval.pendingAt(clock.instant())) {
                approvals.put(approval.id(), approval);
            } else {
                approvals.remove(approval.id());
            }
        }
        tell();
    }

    private void load() {
        load(false);
    }

    /**
     * @param again whether the glance is asked for once more after one overtaken by live events; a glance
     *              overtaken again is taken in all the same, but for the cards the events changed meanwhile,
     *              so a steady run of events does not keep the watch asking without end
     */
    private void load(boolean again) {
        if (closed) {
            return;
        }
        boolean overtaken;
        try {
            long before;
            synchronized (this) {
                before = changes.mark();
                touched.clear();
            }
            Glance glance = backend.glance();
            synchronized (this) {
                // An event that arrived while the glance was being asked for may be newer than the glance:
                // the cards stay as the events left them and the glance is asked for once more.
                overtaken = changes.since(before);
                if (!overtaken || again) {
                    takeIn(orders, glance.orders(), OrderSummary::id);
                    takeIn(alerts, glance.alerts(), Alert::id);
                    takeIn(approvals, glance.approvals(), Approval::id);
                    timeClock = glance.clock();
                }
            }
            if (overtaken && !again) {
                background.execute(() -> load(true));
                return;
            }
            tell();
        } catch (RuntimeException e) {
            LOG.debug("No glance from the server: {}", e.toString());
            listener.unreachable(e);
        }
        synchronized (this) {
            if (!live) {
                pollLater();
            }
        }
    }

    /** The cards as {@code read}, but those live events changed since the load began, which stay as they left them. */
    private <T> void takeIn(Map<UUID, T> cards, List<T> read, java.util.function.Function<T, UUID> id) {
        cards.keySet().removeIf(card -> !touched.contains(card));
        read.stream().filter(card -> !touched.contains(id.apply(card))).forEach(card -> cards.put(id.apply(card), card));
    }

    private synchronized void pollLater() {
        nextPoll.run();
        if (!closed && !live) {
            nextPoll = later.schedule(pollWhileDown, this::load);
        }
    }

    private void tell() {
        Glance glance;
        synchronized (this) {
            glance = new Glance(List.copyOf(orders.values()), List.copyOf(alerts.values()), timeClock, clock.instant(),
                    List.copyOf(approvals.values()));
        }
        listener.glance(glance);
    }
}
