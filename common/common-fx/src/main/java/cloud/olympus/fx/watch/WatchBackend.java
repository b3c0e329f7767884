package cloud.olympus.fx.watch;

import cloud.olympus.model.commerce.OrderStatus;
import java.util.UUID;

/** What the watch asks of the server: what there is to see, and the one thing a card does. */
public interface WatchBackend {

    /** The open orders and alerts now; may block, never called on the UI thread. */
    Glance glance();

    /** Moves an order on: started, ready, picked up. */
    void move(UUID orderId, OrderStatus to);

    /** Marks an alert as seen by the wearer. */
    void acknowledge(UUID alertId);
}
