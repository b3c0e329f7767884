package cloud.olympus.fx.manager;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.client.realtime.RealtimeMessage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's live events for the manager's screens: order events to the live orders and (a few
 * seconds later, once for a rush) the day's figures, alert events to the alerts; when the
 * connection comes back or too much was missed, all load again.
 */
public final class ManagerLiveFeed extends ReloadingListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ManagerLiveFeed.class);

    private final OlympusApi api;
    private final LiveOrdersViewModel orders;
    private final AlertsViewModel alerts;
    private final TodayViewModel today;
    private final Executor ui;
    private final RealtimeClient socket;

    public ManagerLiveFeed(OlympusApi api, Session session, LiveOrdersViewModel orders, AlertsViewModel alerts, TodayViewModel today,
                           Executor ui) {
        this.api = api;
        this.orders = orders;
        this.alerts = alerts;
        this.today = today;
        this.ui = ui;
        this.socket = api.live(cloud.olympus.fx.watch.RealtimeWatchFeed.topics(session), this);
    }

    public void start() {
        socket.start();
    }

    @Override
    public void close() {
        socket.close();
    }

    @Override
    public void onMessage(RealtimeMessage message) {
        try {
            switch (message.topic()) {
                case "orders" -> {
                    var order = api.orderFrom(message.data());
                    ui.execute(() -> orders.changed(order));
                    today.salesChanged();
                }
                case "alerts" -> {
                    var alert = OlympusApi.alert(message.data());
                    ui.execute(() -> alerts.changed(alert));
                }
                default -> {
                    // Topics this app does not show.
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read a live {} event: {}", message.topic(), e.toString());
            onReload("unreadable event");
        }
    }

    @Override
    public void onReload(String reason) {
        ui.execute(() -> {
            orders.refresh();
            alerts.refresh();
            today.refresh();
        });
    }
}
