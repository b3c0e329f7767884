package cloud.olympus.fx.watch;

import cloud.olympus.client.api.TimeClock;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.fx.timeclock.ClockAction;
import cloud.olympus.model.commerce.OrderStatus;
import java.util.UUID;

/** What the watch asks of the server: what there is to see, and the one thing a card does. */
public interface WatchBackend {

    /** The open orders and alerts now; may block, never called on the UI thread. */
    Glance glance();

    /** Moves an order on: started, ready, picked up. */
    void move(UUID orderId, OrderStatus to);

    /** Marks an alert as seen by the wearer. */
    void acknowledge(Alert alert);

    /** Clocks the wearer in or out, or starts or ends their break; answers where the clock stands now. */
    TimeClock clock(ClockAction action);

    /** Approves or declines a request waiting for a manager. */
    void decide(UUID approvalId, boolean approve);
}
