package cloud.olympus.model.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of business a tenant runs; it chooses the preset of settings and features. */
public enum Industry {
    RESTAURANT, RETAIL, SALON, HOSPITALITY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Industry> fromWireName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(wanted)).findFirst();
    }
}
