package cloud.olympus.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Enum constants on the wire: lower-case names ({@code partially_paid}), read back ignoring case. */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** The wire names of all constants, for error messages. */
    public static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList().toString();
    }
}
