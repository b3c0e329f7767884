package cloud.olympus.fx.input;

import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money as a person types it: digits with a point or a comma before the decimals
 * ({@code 12.50}, {@code 12,5}). Anything else is refused with a sentence saying what is wrong: not a
 * number (letters, control characters, exponents such as {@code 1e9}), below zero, more decimals
 * than the currency has (counted as typed: {@code 1,000} is refused, not read as 1), more than anyone may enter. The bounds are those the server checks.
 */
public final class AmountInput {

    /** Long enough for any amount the server takes, with room for zeros; longer is not an amount anyone means. */
    static final int MAX_LENGTH = 40;
    private static final Pattern AMOUNT = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    /** What was typed, read: an amount at the currency's decimals, or why it is not one. */
    public record Outcome(BigDecimal amount, Phrase problem) {

        public Optional<BigDecimal> value() {
            return Optional.ofNullable(amount);
        }

        public boolean isValid() {
            return amount != null;
        }
    }

    private AmountInput() {
    }

    /**
     * Reads {@code text} as an amount of a currency with {@code scale} decimals that must be
     * {@code sign} (more than zero, or zero or more).
     */
    public static Outcome parse(String text, int scale, Amounts.Sign sign) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return refused("input.amount.empty");
        }
        if (typed.length() > MAX_LENGTH || !AMOUNT.matcher(typed).matches()) {
            boolean digits = typed.chars().allMatch(Character::isDigit);
            return refused(digits ? "input.amount.too_large" : "input.amount.not_a_number", digits ? Amounts.MAX_ENTERED : null);
        }
        BigDecimal value = new BigDecimal(typed.replace(',', '.'));
        if (sign == Amounts.Sign.POSITIVE && value.signum() <= 0) {
            return refused("input.amount.positive");
        }
        if (sign == Amounts.Sign.NOT_NEGATIVE && value.signum() < 0) {
            return refused("input.amount.negative");
        }
        if (value.abs().compareTo(Amounts.MAX_ENTERED) > 0) {
            return refused("input.amount.too_large", Amounts.MAX_ENTERED);
        }
        // The decimals as typed: "1,000" is a thousand to some and one to others, so it is refused, not guessed.
        if (value.scale() > scale) {
            return refused("input.amount.decimals", scale);
        }
        return new Outcome(value.setScale(scale, RoundingMode.UNNECESSARY), Phrase.NONE);
    }

    private static Outcome refused(String key, Object... args) {
        return new Outcome(null, args.length == 0 || args[0] == null ? Phrase.of(key) : Phrase.of(key, args));
    }
}
