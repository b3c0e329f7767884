package cloud.olympus.desktop.console.dashboard;

import cloud.olympus.client.realtime.RealtimeMessage;
import cloud.olympus.fx.manager.ReloadingListener;
import java.util.concurrent.Executor;

/**
 * The live dashboard: each order event and each punch of the time clock reads the figures again (a
 * few seconds later, once for a rush); when the connection comes back or events were missed, they are
 * read again too.
 */
final class DashboardLive extends ReloadingListener {

    private final DashboardViewModel model;
    private final Executor ui;

    DashboardLive(DashboardViewModel model, Executor ui) {
        this.model = model;
        this.ui = ui;
    }

    @Override
    public void onMessage(RealtimeMessage message) {
        if ("orders".equals(message.topic()) || "dashboard.staff".equals(message.event())) {
            ui.execute(model::salesChanged);
        }
    }

    @Override
    public void onReload(String reason) {
        ui.execute(model::refresh);
    }
}
