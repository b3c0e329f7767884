package cloud.olympus.server.shared.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What any value in a request may be, whatever field it is in: bounds that keep parsing and
 * arithmetic cheap and keep PostgreSQL from refusing what was accepted. Fields add their own,
 * tighter rules (a currency's decimals, a quantity's range) on top.
 */
public final class InputBounds {

    /** Digits before the decimal point: enough for any amount or rate, small enough to compute with at once. */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** Digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 6;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    /** Levels of nesting inside a free-form JSON value (preferences, metadata). */
    public static final int MAX_FREE_FORM_DEPTH = 8;
    /** Entries in one object or array of a free-form value. */
    public static final int MAX_FREE_FORM_ENTRIES = 200;
    public static final int MAX_FREE_FORM_KEY_LENGTH = 100;

    private InputBounds() {
    }

    /**
     * Why {@code text} cannot be stored, if it cannot: control characters other than tab and line
     * breaks, and half of a surrogate pair (not a character at all).
     */
    public static Optional<String> textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return Optional.of("must not contain control characters (found U+" + String.format("%04X", (int) c)
                        + " at position " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode text (a broken character at position " + i + ")");
            }
        }
        return Optional.empty();
    }

    /** Why {@code number} is out of bounds, if it is. Cheap even for 1e1000000: no digit is expanded. */
    public static Optional<String> decimalProblem(BigDecimal number) {
        if (number.signum() == 0) {
            return Optional.empty();
        }
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS || number.scale() > MAX_FRACTION_DIGITS
                && number.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return Optional.of("must be a number with at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                    + MAX_FRACTION_DIGITS + " after it");
        }
        return Optional.empty();
    }

    /** A zero written with an exponent (0E+1000000) made plain, so that no later step expands the exponent. */
    public static BigDecimal plain(BigDecimal number) {
        if (number.signum() == 0 && (number.scale() < 0 || number.scale() > MAX_FRACTION_DIGITS)) {
            return BigDecimal.ZERO;
        }
        return number;
    }

    public static Optional<String> integerProblem(BigInteger number) {
        return number.bitLength() > 63 ? Optional.of("must be a whole number of at most 18 digits") : Optional.empty();
    }

    public static Optional<String> instantProblem(java.time.Instant instant) {
        // Compared as seconds: a far-off instant cannot even be turned into a date.
        long second = instant.getEpochSecond();
        if (second < EARLIEST_DATE.toEpochDay() * 86_400 || second >= (LATEST_DATE.toEpochDay() + 1) * 86_400) {
            return Optional.of("must be a time between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return Optional.empty();
    }

    public static Optional<String> dateProblem(LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return Optional.of("must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return Optional.empty();
    }
}
