package cloud.olympus.model.pricing;

import java.math.BigDecimal;

/** Money off the whole order: a percentage of what is left, or a fixed amount. */
public record Discount(Kind kind, BigDecimal value, String reason) {

    public enum Kind { PERCENTAGE, FIXED }

    public Discount {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException("a discount must be more than zero");
        }
        if (kind == Kind.PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a percentage discount cannot exceed 100");
        }
    }

    public static Discount percentage(String percent, String reason) {
        return new Discount(Kind.PERCENTAGE, new BigDecimal(percent), reason);
    }

    public static Discount fixed(String amount, String reason) {
        return new Discount(Kind.FIXED, new BigDecimal(amount), reason);
    }
}
