package cloud.olympus.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.Session;
import cloud.olympus.fx.watch.ApiWatchBackend;
import cloud.olympus.fx.watch.Glance;
import cloud.olympus.fx.watch.Later;
import cloud.olympus.fx.watch.LiveWatchSource;
import cloud.olympus.fx.watch.RealtimeWatchFeed;
import cloud.olympus.fx.watch.WatchSource;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.support.DemoServerProcess;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watch's cards follow the server's live events on a real server: with polling set to once an
 * hour, a new ticket, its move to ready and a new alert can only arrive over the socket.
 */
class LiveCardsTest {

    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private final AtomicReference<Glance> shown = new AtomicReference<>();
    private LiveWatchSource source;

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
        background.shutdownNow();
    }

    @Test
    void ticketsAndAlertsArriveAsTheyHappen() {
        OlympusApi manager = DemoServerProcess.login(DemoShop.TENANT, "manager");
        Session session = manager.session();
        source = new LiveWatchSource(new ApiWatchBackend(manager, session, Clock.systemUTC()), manager.client().json(),
                Later.on(background), background, Duration.ofHours(1), Clock.systemUTC());
        source.connectWith(RealtimeWatchFeed.connect(manager, session, source));
        source.start(new WatchSource.Listener() {
            @Override
            public void glance(Glance glance) {
                shown.set(glance);
            }

            @Override
            public void unreachable(RuntimeException why) {
                throw new AssertionError("the server answers", why);
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> shown.get() != null);
        // Live once the socket is subscribed: a first event proves it, so wait for one before counting on it.
        OrderSummary warmUp = DemoShop.ticket(manager, OrderStatus.CONFIRMED);
        await().atMost(Duration.ofSeconds(20)).until(() -> contains(warmUp, OrderStatus.CONFIRMED));

        OrderSummary ticket = DemoShop.ticket(manager, OrderStatus.CONFIRMED);
        await().atMost(Duration.ofSeconds(20)).until(() -> contains(ticket, OrderStatus.CONFIRMED));
        manager.changeStatus(ticket.id(), OrderStatus.PREPARING);
        manager.changeStatus(ticket.id(), OrderStatus.READY);
        await().atMost(Duration.ofSeconds(20)).until(() -> contains(ticket, OrderStatus.READY));

        Alert alert = DemoShop.lowStock(manager, "Live basil");
        await().atMost(Duration.ofSeconds(20)).until(() -> shown.get().alerts().stream().anyMatch(a -> a.id().equals(alert.id())));
        manager.acknowledgeAlert(alert.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> shown.get().alerts().stream().noneMatch(a -> a.id().equals(alert.id())));
        assertThat(shown.get().orders()).extracting(OrderSummary::id).contains(ticket.id());
    }

    private boolean contains(OrderSummary order, OrderStatus status) {
        return shown.get().orders().stream().anyMatch(o -> o.id().equals(order.id()) && o.status() == status);
    }
}
