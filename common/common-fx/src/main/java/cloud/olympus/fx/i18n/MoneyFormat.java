package cloud.olympus.fx.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts of money as a person reads them: in the business's currency, written the way the
 * client's language writes money ({@code $27.19}, {@code 27,19 €}), with the currency's decimals.
 * Never the computer's own locale: a till in Lisbon set to German shows German money.
 */
public final class MoneyFormat {

    private final NumberFormat format;
    private final Currency currency;

    public MoneyFormat(Locale language, String currencyCode) {
        this.currency = Currency.getInstance(currencyCode);
        this.format = NumberFormat.getCurrencyInstance(language);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
    }

    /** Money in {@code currencyCode} for a person reading {@code messages}. */
    public static MoneyFormat of(Messages messages, String currencyCode) {
        return new MoneyFormat(messages.locale(), currencyCode);
    }

    public String format(BigDecimal amount) {
        // NumberFormat is not thread-safe; screens format from the UI thread and from background work alike.
        synchronized (format) {
            return format.format(amount);
        }
    }

    public Currency currency() {
        return currency;
    }

    public int scale() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
