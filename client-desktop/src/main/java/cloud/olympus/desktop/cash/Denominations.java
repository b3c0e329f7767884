package cloud.olympus.desktop.cash;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The notes and coins a drawer holds, per currency, largest first; a currency not listed gets the common
 * decimal series, without the coins finer than the currency has (no 0.50 for won or krónur).
 */
final class Denominations {

    private static final Map<String, List<String>> BY_CURRENCY = Map.of(
            "USD", List.of("100", "50", "20", "10", "5", "1", "0.25", "0.10", "0.05", "0.01"),
            "CAD", List.of("100", "50", "20", "10", "5", "2", "1", "0.25", "0.10", "0.05"),
            "EUR", List.of("200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"),
            "GBP", List.of("50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"),
            "CHF", List.of("200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05"),
            "JPY", List.of("10000", "5000", "1000", "500", "100", "50", "10", "5", "1"));
    private static final List<String> DECIMAL = List.of("100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10", "0.05",
            "0.01");

    private Denominations() {
    }

    static List<BigDecimal> of(String currency) {
        int decimals = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        return BY_CURRENCY.getOrDefault(currency, DECIMAL).stream().map(BigDecimal::new)
                .filter(value -> value.stripTrailingZeros().scale() <= decimals).toList();
    }
}
