package cloud.olympus.model.pricing;

import java.math.BigDecimal;

/**
 * A priced line. {@code gross} is unit price times quantity before discounts; {@code net} is
 * what is charged for the line after its share of the order's discounts; {@code tax} is the tax
 * in (inclusive) or on top of (exclusive) {@code net}; {@code total} is what the line adds to the
 * order total.
 */
public record PricedLine(String key, BigDecimal unitPrice, int quantity, BigDecimal gross, BigDecimal discount,
                         BigDecimal net, BigDecimal taxRate, BigDecimal tax, BigDecimal total) {
}
