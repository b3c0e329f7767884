package cloud.olympus.client.api;

import cloud.olympus.model.pricing.TaxRates;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The business the till works for: its name and branding, and what pricing needs offline
 * (currency, tax rates, inclusive or not, loyalty redemption rate).
 */
public record TenantProfile(UUID id, String slug, String name, String industry, String currency, String locale,
                            Map<String, BigDecimal> taxRates,
                            boolean taxInclusive, String appName, String accentColor, String logoUrl, String receiptFooter,
                            Map<String, Boolean> features) {

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
