package cloud.olympus.model.commerce;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/** How a payment was made. Card capture happens on an external terminal; Olympus records what it reports. */
public enum PaymentMethod {
    CASH, CARD, GIFT_CARD, LOYALTY_POINTS, OTHER;

    /** Only cash can be handed over in excess, with change given back. */
    public boolean allowsChange() {
        return this == CASH;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<PaymentMethod> fromWireName(String value) {
        return WireNames.parse(PaymentMethod.class, value);
    }
}
