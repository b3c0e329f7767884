package cloud.olympus.client.api;

import cloud.olympus.model.pricing.TaxRates;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The business the till works for: its name and branding, and what pricing needs offline
 * (currency, tax rates, inclusive or not, whether it takes tips and up to how much).
 */
public record TenantProfile(UUID id, String slug, String name, String industry, String currency, String locale,
                            Map<String, BigDecimal> taxRates,
                            boolean taxInclusive, String appName, String accentColor, String logoUrl, String receiptFooter,
                            Map<String, Boolean> features, Integer maxTipPercent) {

    /** As the server has it when the business has not set it. */
    public static final int DEFAULT_MAX_TIP_PERCENT = 100;

    /** Whether the business takes tips at all. */
    public boolean takesTips() {
        return has("tips");
    }

    /** The most all tips of an order may come to, as a percentage of its total. */
    public int tipPercentLimit() {
        return maxTipPercent == null ? DEFAULT_MAX_TIP_PERCENT : maxTipPercent;
    }

    public TaxRates taxes() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>(taxRates);
        rates.putIfAbsent(TaxRates.STANDARD, BigDecimal.ZERO);
        return new TaxRates(rates, taxInclusive);
    }

    /** How the business writes money: its own locale, whatever language the cashier reads. */
    public java.util.Locale moneyLocale() {
        return java.util.Locale.forLanguageTag(locale == null ? "en-US" : locale);
    }

    public int scale() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public boolean has(String feature) {
        return Boolean.TRUE.equals(features.get(feature));
    }
}
