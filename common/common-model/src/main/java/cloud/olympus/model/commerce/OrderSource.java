package cloud.olympus.model.commerce;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/** Where an order was taken. */
public enum OrderSource {
    POS, ONLINE, MOBILE, KIOSK;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<OrderSource> fromWireName(String value) {
        return WireNames.parse(OrderSource.class, value);
    }
}
