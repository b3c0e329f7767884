package cloud.olympus.model.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order's money: {@code subtotal} is the sum of the lines before discounts, {@code tax} the
 * sum of the lines' taxes, and {@code total} what the customer pays: subtotal − discounts + tax
 * when tax is exclusive, subtotal − discounts when prices include it.
 */
public record PricedOrder(List<PricedLine> lines, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax,
                          BigDecimal total, boolean taxInclusive) {

    public PricedOrder {
        lines = List.copyOf(lines);
    }
}
