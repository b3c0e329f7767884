package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts of an order's currency, kept at its number of decimals (the columns hold three). */
final class Money {

    private Money() {
    }

    static int scaleOf(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    static BigDecimal scale(BigDecimal amount, int scale) {
        return amount == null ? null : amount.setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal zero(int scale) {
        return BigDecimal.ZERO.setScale(scale);
    }
}
