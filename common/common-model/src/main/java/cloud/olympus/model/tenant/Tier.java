package cloud.olympus.model.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The subscription tier of a tenant. */
public enum Tier {
    STARTER, PROFESSIONAL, ENTERPRISE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tier> fromWireName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
    }
}
