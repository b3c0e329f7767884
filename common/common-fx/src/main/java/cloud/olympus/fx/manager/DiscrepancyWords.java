package cloud.olympus.fx.manager;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.i18n.Phrase;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Function;

/**
 * How a till sale differs from the catalogue, in a manager's words: a phrase for each difference
 * ({@code discrepancy.<kind>}), with the amounts as money; a kind this client does not know of is
 * said in the server's words.
 */
public final class DiscrepancyWords {

    /** Kinds whose charged and expected values are amounts of money. */
    private static final Set<String> MONEY = Set.of("unit_price", "modifier_price", "tax", "total", "discount", "tip");
    private static final Set<String> KNOWN = Set.of("unit_price", "modifier", "modifier_price", "not_for_sale", "tax", "total",
            "discount", "tip", "clock", "customer");

    private DiscrepancyWords() {
    }

    /**
     * The phrase for one difference. Its arguments: the line (1-based; 0 for the whole sale), what
     * the till charged, what was expected, and the detail (an item or option name).
     */
    public static Phrase of(OrderSummary.Discrepancy difference, Function<BigDecimal, String> money) {
        String charged = value(difference.kind(), difference.charged(), money);
        String expected = value(difference.kind(), difference.expected(), money);
        String detail = difference.detail() == null ? "" : difference.detail();
        int line = difference.line() == null ? 0 : difference.line();
        String fallback = (difference.line() == null ? "" : "#" + line + " ") + difference.kind() + ": " + charged
                + (expected.isEmpty() ? "" : " / " + expected) + (detail.isEmpty() ? "" : " (" + detail + ")");
        if (!KNOWN.contains(difference.kind())) {
            return Phrase.orElse("discrepancy.unknown." + difference.kind(), fallback);
        }
        return new Phrase("discrepancy." + difference.kind(), java.util.List.of(line, charged, expected, detail), fallback);
    }

    private static String value(String kind, String value, Function<BigDecimal, String> money) {
        if (value == null) {
            return "";
        }
        if (MONEY.contains(kind)) {
            try {
                return money.apply(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
