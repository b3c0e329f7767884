package cloud.olympus.server.shared.domain;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;

/** How values from a request are taken: text trimmed (blank means absent), amounts held to {@link Amounts}. */
public final class Input {

    private Input() {
    }

    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An amount of the tenant's currency ({@code scale} decimals), or a 400 naming {@code field}. */
    public static BigDecimal amount(BigDecimal value, int scale, String field, Amounts.Sign sign) {
        Amounts.problem(value, scale, sign).ifPresent(problem -> {
            throw new InvalidInput(field + " " + problem).field(field);
        });
        return Amounts.scaled(value, scale);
    }

    /** One of an enum's wire names ({@code partially_paid}), any case, or a 400 naming {@code field} and the choices. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        return choice(type, value, field, (f, problem) -> new InvalidInput(f + " " + problem).field(f));
    }

    /** One of an enum's wire names, or the refusal {@code refuse} makes of the field and what is wrong. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
                                               java.util.function.BiFunction<String, String, ? extends DomainException> refuse) {
        return WireNames.parse(type, value).orElseThrow(() -> refuse.apply(field, "must be one of " + WireNames.list(type)
                + (value == null ? "" : ", not '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'")));
    }

    /** Whether {@code address} is an absolute http or https address of at most 2048 characters. */
    public static boolean isWebAddress(String address) {
        if (address == null || address.length() > 2048) {
            return false;
        }
        try {
            java.net.URI uri = java.net.URI.create(address);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An id, or null when there is none, or a 400 naming {@code field}. */
    public static java.util.UUID optionalId(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field + " must be an id").field(field);
        }
    }

    /** A whole number within bounds, or a 400 naming {@code field}. */
    public static int whole(Integer value, int min, int max, String field) {
        if (value == null || value < min || value > max) {
            throw new InvalidInput(field + " must be a whole number from " + min + " to " + max).field(field);
        }
        return value;
    }
}
