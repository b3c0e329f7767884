package cloud.olympus.model.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The rules every amount of money and every quantity obeys, wherever it is typed in: at most the
 * currency's decimals, within bounds that keep every total storable. Server and tills check the
 * same way, so a till never offers what the server would refuse.
 */
public final class Amounts {

    /** The largest single amount anyone may enter: a price, a payment, a tip, a refund, a fixed discount. */
    public static final BigDecimal MAX_ENTERED = new BigDecimal("1000000000");
    /** Totals (an order, a line) must stay below this: the largest amount Olympus stores. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("100000000000");
    /** Units of one item on one line. */
    public static final int MAX_QUANTITY = 9_999;
    /** Units one stock change may move, and the most stock one item may hold. */
    public static final int MAX_STOCK_CHANGE = 1_000_000;
    public static final int MAX_STOCK_LEVEL = 1_000_000_000;

    /** Which amounts a field accepts. */
    public enum Sign {
        /** More than zero: payments, refunds. */
        POSITIVE,
        /** Zero or more: prices, tips, costs. */
        NOT_NEGATIVE,
        /** Either way: price changes of options. */
        ANY
    }

    private Amounts() {
    }

    /** Why {@code value} is not an amount of a currency with {@code scale} decimals, if it is not. */
    public static Optional<String> problem(BigDecimal value, int scale, Sign sign) {
        if (value == null) {
            return Optional.of("is required");
        }
        boolean signOk = switch (sign) {
            case POSITIVE -> value.signum() > 0;
            case NOT_NEGATIVE -> value.signum() >= 0;
            case ANY -> true;
        };
        if (!signOk || value.abs().compareTo(MAX_ENTERED) > 0 || value.stripTrailingZeros().scale() > scale) {
            String range = switch (sign) {
                case POSITIVE -> "more than 0 and at most ";
                case NOT_NEGATIVE -> "from 0 to ";
                case ANY -> "between -" + MAX_ENTERED.toPlainString() + " and ";
            };
            return Optional.of("must be " + range + MAX_ENTERED.toPlainString() + " with at most " + scale + " decimals");
        }
        return Optional.empty();
    }

    /** {@code value} at exactly {@code scale} decimals; call after {@link #problem} found none. */
    public static BigDecimal scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** The most all tips of an order may come to: {@code percent} of its total, rounded down to its decimals. */
    public static BigDecimal tipLimit(BigDecimal total, int percent) {
        return total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), total.scale(), RoundingMode.DOWN);
    }

    /** Whether a computed total can be stored. */
    public static boolean storable(BigDecimal total) {
        return total.abs().compareTo(MAX_TOTAL) < 0;
    }
}
