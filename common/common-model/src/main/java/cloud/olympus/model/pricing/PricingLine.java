package cloud.olympus.model.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line to price: the catalogue's unit price, the price changes of the chosen modifiers, how
 * many, and which tax applies. {@code key} only ties the result back to the caller's line.
 */
public record PricingLine(String key, BigDecimal unitPrice, List<BigDecimal> modifierDeltas, int quantity, String taxClass) {

    public PricingLine {
        modifierDeltas = List.copyOf(modifierDeltas);
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("unit price cannot be negative");
        }
    }

    /** The price of one unit with its modifiers. */
    public BigDecimal unitWithModifiers() {
        return modifierDeltas.stream().reduce(unitPrice, BigDecimal::add);
    }
}
