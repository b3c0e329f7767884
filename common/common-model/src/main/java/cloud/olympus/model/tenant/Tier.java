package cloud.olympus.model.tenant;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/** The subscription tier of a tenant. */
public enum Tier {
    STARTER, PROFESSIONAL, ENTERPRISE;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Tier> fromWireName(String value) {
        return WireNames.parse(Tier.class, value);
    }
}
