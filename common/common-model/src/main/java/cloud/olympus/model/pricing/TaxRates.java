package cloud.olympus.model.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's tax: a rate per tax class (0.0825 for 8.25 %) and whether menu prices already
 * include it (inclusive, as in most of Europe) or it is added at the till (exclusive).
 */
public record TaxRates(Map<String, BigDecimal> rates, boolean inclusive) {

    public static final String STANDARD = "standard";

    public TaxRates {
        rates = Map.copyOf(rates);
        rates.forEach((taxClass, rate) -> {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("tax rate of " + taxClass + " must be at least 0 and below 1: " + rate);
            }
        });
    }

    public static TaxRates none() {
        return new TaxRates(Map.of(STANDARD, BigDecimal.ZERO), false);
    }

    public Optional<BigDecimal> rateOf(String taxClass) {
        return Optional.ofNullable(rates.get(taxClass == null ? STANDARD : taxClass));
    }
}
