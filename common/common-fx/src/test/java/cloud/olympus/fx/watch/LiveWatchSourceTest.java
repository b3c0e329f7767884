package cloud.olympus.fx.watch;

import static cloud.olympus.fx.watch.Glances.alert;
import static cloud.olympus.fx.watch.Glances.order;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cards kept current by live events: loaded once, changed card by card, loaded again after a gap, polled while down. */
class LiveWatchSourceTest {

    private static final JsonMapper API_JSON = new OlympusClient("http://localhost:9").json();

    private final ManualLater time = new ManualLater();
    private final List<Glance> told = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();
    private Glance onServer = new Glance(List.of(), List.of(), Glances.NOON);
    private boolean serverDown;
    private int loads;
    /** Happens while the server is being asked for the glance, after it has read it: an event overtaking the load. */
    private Runnable duringLoad = () -> { };
    private int started;
    private int closed;

    private final LiveWatchSource source = new LiveWatchSource(new WatchBackend() {
        @Override
        public Glance glance() {
            loads++;
            if (serverDown) {
                throw new ServerUnreachableException("no answer", new IOException("refused"));
            }
            Glance answer = onServer;
            Runnable meanwhile = duringLoad;
            duringLoad = () -> { };
            meanwhile.run();
            return answer;
        }

        @Override
        public void move(UUID orderId, OrderStatus to) {
        }

        @Override
        public void acknowledge(Alert alert) {
        }

        @Override
        public cloud.olympus.client.api.TimeClock clock(cloud.olympus.fx.timeclock.ClockAction action) {
            throw new UnsupportedOperationException("the source never clocks");
        }

        @Override
        public void decide(UUID approvalId, boolean approve) {
            throw new UnsupportedOperationException("the source never decides");
        }
    }, API_JSON, time, Runnable::run, Duration.ofSeconds(5), time);

    @Test
    void requestsForApprovalComeAndGoWithTheirEvents() {
        start();
        source.connected(true);
        cloud.olympus.client.api.Approval asked = Glances.approval("Refund", 0);
        source.event("approvals", API_JSON.readTree("""
                {"id": "%s", "kind": "refund", "status": "pending", "summary": "Refund", "amount": 5.00,
                 "requested_by": {"user_id": "%s", "name": "Sam"}, "requested_at": "%s", "expires_at": "%s"}
                """.formatted(asked.id(), asked.requestedBy(), time.instant(), time.instant().plusSeconds(120))));
        assertThat(told).last().satisfies(g -> assertThat(g.approvals()).extracting(a -> a.id()).containsExactly(asked.id()));
        source.event("approvals", API_JSON.readTree("""
                {"id": "%s", "kind": "refund", "status": "approved", "summary": "Refund",
                 "requested_by": {"user_id": "%s", "name": "Sam"}, "requested_at": "%s", "expires_at": "%s"}
                """.formatted(asked.id(), asked.requestedBy(), time.instant(), time.instant().plusSeconds(120))));
        assertThat(told).last().satisfies(g -> assertThat(g.approvals()).isEmpty());
    }

    @Test
    void ordersAndAlertsChangeCardByCardFromTheirEvents() {
        OrderSummary first = order("B-1", OrderStatus.CONFIRMED, PaymentStatus.PAID, 1);
        onServer = new Glance(List.of(first), List.of(), Glances.NOON);
        start();
        source.connected(true);
        assertThat(told).last().satisfies(g -> assertThat(g.orders()).containsExactly(first));
        int loaded = loads;

        OrderSummary second = order("B-2", OrderStatus.CONFIRMED, PaymentStatus.PAID, 2);
        source.event("orders", API_JSON.valueToTree(second));
        assertThat(told).last().satisfies(g -> assertThat(g.orders()).extracting(OrderSummary::orderNumber)
                .containsExactly("B-1", "B-2"));
        source.event("orders", API_JSON.valueToTree(order("B-1", OrderStatus.COMPLETED, PaymentStatus.PAID, 1)));
        assertThat(told).last().satisfies(g -> assertThat(g.orders()).extracting(OrderSummary::orderNumber)
                .containsExactly("B-2"));

        Alert basil = alert("Basil", 2, 0);
        source.event("alerts", alertJson(basil, null));
        assertThat(told).last().satisfies(g -> assertThat(g.alerts()).extracting(Alert::id).containsExactly(basil.id()));
        source.event("alerts", alertJson(basil, "2026-11-27T12:05:00Z"));
        assertThat(told).last().satisfies(g -> assertThat(g.alerts()).isEmpty());
        source.event("dashboard", API_JSON.createObjectNode());
        assertThat(loads).as("live events need no loading").isEqualTo(loaded);
        assertThat(time.idle()).as("no polling while live").isTrue();
    }

    @Test
    void whileTheConnectionIsDownTheGlanceIsAskedForAndLoadedAgainWhenItComesBack() {
        start();
        assertThat(started).isEqualTo(1);
        source.connected(false);
        assertThat(time.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        int before = loads;
        time.runNext();
        assertThat(loads).isEqualTo(before + 1);
        serverDown = true;
        time.runNext();
        assertThat(failures).hasSize(1);
        serverDown = false;
        source.connected(true);
        assertThat(loads).as("caught up on coming back").isEqualTo(before + 3);
        assertThat(time.idle()).isTrue();
        source.reload();
        assertThat(loads).isEqualTo(before + 4);
        source.close();
        assertThat(closed).isEqualTo(1);
    }

    @Test
    void anEventThatArrivesWhileTheGlanceLoadsIsNotUndoneByIt() {
        start();
        source.connected(true);
        int before = loads;
        Alert basil = alert("Basil", 2, 0);
        int[] toldByEvent = new int[1];
        // The glance was read before the alert was raised; the alert's event arrives before the glance does.
        duringLoad = () -> {
            onServer = new Glance(List.of(), List.of(basil), Glances.NOON);
            source.event("alerts", alertJson(basil, null));
            toldByEvent[0] = told.size() - 1;
        };
        source.refresh();
        assertThat(loads).as("asked once more").isEqualTo(before + 2);
        assertThat(told.subList(toldByEvent[0], told.size())).as("never told without the alert once it came")
                .allSatisfy(g -> assertThat(g.alerts()).extracting(Alert::id).containsExactly(basil.id()));
        assertThat(told).last().satisfies(g -> assertThat(g.alerts()).extracting(Alert::id).containsExactly(basil.id()));
    }

    @Test
    void underASteadyRunOfEventsTheGlanceIsAskedForOnceMoreThenTakenIn() {
        start();
        source.connected(true);
        int before = loads;
        OrderSummary waiting = order("B-7", OrderStatus.CONFIRMED, PaymentStatus.PAID, 1);
        Alert basil = alert("Basil", 2, 0);
        onServer = new Glance(List.of(waiting), List.of(basil), Glances.NOON);
        List<Alert> raised = new ArrayList<>();
        // Every time the glance is asked for, another alert is raised and its event arrives before the glance does.
        Runnable[] steady = new Runnable[1];
        steady[0] = () -> {
            Alert another = alert("Item " + raised.size(), 1, raised.size());
            raised.add(another);
            List<Alert> now = new ArrayList<>(onServer.alerts());
            now.add(another);
            onServer = new Glance(onServer.orders(), now, Glances.NOON);
            source.event("alerts", alertJson(another, null));
            duringLoad = steady[0];
        };
        duringLoad = steady[0];
        source.refresh();
        duringLoad = () -> { };
        assertThat(loads).as("asked once more, not without end").isEqualTo(before + 2);
        assertThat(told).last().satisfies(g -> {
            assertThat(g.orders()).as("the glance is taken in").containsExactly(waiting);
            assertThat(g.alerts()).extracting(Alert::id).as("with the alerts the events raised meanwhile")
                    .contains(basil.id()).containsAll(raised.stream().map(Alert::id).toList());
        });
    }

    @Test
    void anEventItCannotReadLoadsTheWholeGlance() {
        start();
        source.connected(true);
        int before = loads;
        source.event("orders", API_JSON.createObjectNode().put("status", "on_the_moon"));
        assertThat(loads).isEqualTo(before + 1);
    }

    private void start() {
        source.connectWith(new LiveWatchSource.Connection() {
            @Override
            public void start() {
                started++;
            }

            @Override
            public void close() {
                closed++;
            }
        });
        source.start(new WatchSource.Listener() {
            @Override
            public void glance(Glance glance) {
                told.add(glance);
            }

            @Override
            public void unreachable(RuntimeException why) {
                failures.add(why);
            }
        });
    }

    /** An alert as the server writes it on the wire. */
    private static JsonNode alertJson(Alert alert, String acknowledgedAt) {
        Map<String, Object> wire = new java.util.LinkedHashMap<>();
        wire.put("id", alert.id().toString());
        wire.put("kind", alert.kind());
        wire.put("severity", alert.severity().wireName());
        wire.put("subject", Map.of("type", "item", "label", alert.subject().label()));
        wire.put("message_key", alert.messageKey());
        wire.put("arguments", alert.arguments());
        wire.put("raised_at", alert.raisedAt().toString());
        wire.put("acknowledged_at", acknowledgedAt);
        return API_JSON.valueToTree(wire);
    }
}
