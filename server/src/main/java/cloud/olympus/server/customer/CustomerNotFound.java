package cloud.olympus.server.customer;

import cloud.olympus.server.shared.domain.NotFound;

/** No such customer in this business. */
public class CustomerNotFound extends NotFound {

    public CustomerNotFound() {
        super("Customer");
    }
}
