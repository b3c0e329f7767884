package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.domain.Conflict;

/** A payment, or a refund, over what is due on the order or left on the tender. */
public class PaymentExceedsDue extends Conflict {

    public PaymentExceedsDue(String message) {
        super(message);
    }
}
