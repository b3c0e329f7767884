package cloud.olympus.client.api;

import cloud.olympus.model.pricing.TaxRates;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The business the till works for: its name and branding, what pricing needs offline (currency,
 * tax rates, inclusive or not, whether it takes tips and up to how much), and how long a till may
 * let someone log in without the server after their last login with it.
 */
public record TenantProfile(UUID id, String slug, String name, String industry, String currency, String locale,
                            Map<String, BigDecimal> taxRates,
                            boolean taxInclusive, String appName, String accentColor, String logoUrl, String receiptFooter,
                            Map<String, Boolean> features, Integer maxTipPercent, Integer offlineLoginDays) {

    /** As the server has it when the business has not set it. */
    public static final int DEFAULT_MAX_TIP_PERCENT = 100;
    /** Days an offline login lasts when the business has not said ({@code offline_login_days}). */
    public static final int DEFAULT_OFFLINE_LOGIN_DAYS = 7;
    /** The longest the server lets a business set. */
    public static final int MAX_OFFLINE_LOGIN_DAYS = 90;

    /**
     * How long after a login with the server this till lets the same person log in without it: the
     * business's setting, kept within what the server allows, or a week.
     */
    public Duration offlineLoginValidity() {
        int days = offlineLoginDays == null ? DEFAULT_OFFLINE_LOGIN_DAYS
                : Math.max(1, Math.min(MAX_OFFLINE_LOGIN_DAYS, offlineLoginDays));
        return Duration.ofDays(days);
    }

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

    public int scale() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public boolean has(String feature) {
        return Boolean.TRUE.equals(features.get(feature));
    }
}
