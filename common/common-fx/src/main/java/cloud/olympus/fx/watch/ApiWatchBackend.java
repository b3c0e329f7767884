package cloud.olympus.fx.watch;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.timeclock.ClockAction;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.OrderStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The watch's calls over the REST API, as the paired person: only what their permissions let them see. */
public final class ApiWatchBackend implements WatchBackend {

    private final OlympusApi api;
    private final Session session;
    private final Clock clock;

    public ApiWatchBackend(OlympusApi api, Session session, Clock clock) {
        this.api = api;
        this.session = session;
        this.clock = clock;
    }

    @Override
    public Glance glance() {
        List<Alert> alerts = new ArrayList<>();
        if (session.may(Permission.ALERT_VIEW)) {
            alerts.addAll(api.openStockAlerts());
            alerts.addAll(api.openStaffingAlerts());
        }
        TimeClock timeClock = session.may(Permission.TIME_CLOCK) ? api.timeClock().orElse(null) : null;
        List<Approval> approvals = session.may(Permission.APPROVAL_DECIDE) ? api.pendingApprovals() : List.of();
        return new Glance(api.openOrders(), alerts, timeClock, clock.instant(), approvals);
    }

    @Override
    public void move(UUID orderId, OrderStatus to) {
        api.changeStatus(orderId, to);
    }

    @Override
    public void acknowledge(Alert alert) {
        api.acknowledgeAlert(alert);
    }

    @Override
    public void decide(UUID approvalId, boolean approve) {
        if (approve) {
            api.approve(approvalId, null);
        } else {
            api.decline(approvalId, null);
        }
    }

    @Override
    public TimeClock clock(ClockAction action) {
        return action.perform(api);
    }
}
