package cloud.olympus.server.platform;

import cloud.olympus.model.pricing.PriceCalculator;
import cloud.olympus.model.pricing.TaxRates;
import cloud.olympus.model.tenant.Industry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's settings, read once and typed, for the modules that work with money and time:
 * currency, taxes, time zone and business day, order number prefix. Module-specific sections
 * (such as {@code loyalty}) are handed over as they are stored.
 */
public record TenantSettings(UUID tenantId, Industry industry, Currency currency, TaxRates taxRates, ZoneId zone,
                             LocalTime businessDayStart, String orderPrefix, Map<String, Object> raw, Map<String, Object> features) {

    public static final int DEFAULT_MAX_TIP_PERCENT = 100;

    /** Whether a feature is switched on for the tenant. */
    public boolean has(String feature) {
        return Boolean.TRUE.equals(features.get(feature));
    }

    /** The largest tip, as a percentage of an order's total (tips need the {@code tips} feature too). */
    public int maxTipPercent() {
        return raw.get("max_tip_percent") instanceof Number percent ? percent.intValue() : DEFAULT_MAX_TIP_PERCENT;
    }

    /** Whether refunded goods go back on the shelf unless the refund says otherwise: yes, but not food. */
    public boolean restocksRefunds() {
        return industry != Industry.RESTAURANT;
    }

    /** The currency's number of decimals, e.g. 2 for USD. */
    public int scale() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public PriceCalculator priceCalculator() {
        return new PriceCalculator(scale());
    }

    /** The business day an instant belongs to: a sale at 01:30 belongs to the day before when days start at 04:00. */
    public LocalDate businessDate(Instant at) {
        var local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(businessDayStart) ? date.minusDays(1) : date;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> section(String key) {
        return raw.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static TenantSettings of(Tenant tenant) {
        Map<String, Object> s = tenant.settings();
        Currency currency = Currency.getInstance(String.valueOf(s.getOrDefault("currency", "USD")));
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        if (s.get("tax_rates") instanceof Map<?, ?> configured) {
            configured.forEach((k, v) -> rates.put(k.toString(), new BigDecimal(v.toString())));
        }
        rates.putIfAbsent(TaxRates.STANDARD, BigDecimal.ZERO);
        boolean inclusive = Boolean.TRUE.equals(s.get("tax_inclusive"));
        ZoneId zone = ZoneId.of(String.valueOf(s.getOrDefault("timezone", "UTC")));
        LocalTime start = LocalTime.parse(String.valueOf(s.getOrDefault("business_day_starts_at", "00:00")));
        String prefix = String.valueOf(s.getOrDefault("order_prefix",
                tenant.slug().substring(0, 1).toUpperCase(java.util.Locale.ROOT)));
        return new TenantSettings(tenant.id(), tenant.industry(), currency, new TaxRates(rates, inclusive), zone, start, prefix,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(s)),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tenant.features())));
    }
}
