package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.domain.NotFound;

/** No such order, as far as the caller can see. */
public class OrderNotFound extends NotFound {

    public OrderNotFound() {
        super("Order");
    }
}
