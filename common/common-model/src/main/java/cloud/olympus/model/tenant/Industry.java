package cloud.olympus.model.tenant;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/** The kind of business a tenant runs; it chooses the preset of settings and features. */
public enum Industry {
    RESTAURANT, RETAIL, SALON, HOSPITALITY;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Industry> fromWireName(String value) {
        return WireNames.parse(Industry.class, value);
    }
}
