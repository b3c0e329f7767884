package cloud.olympus.model.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prices an order the same way on the till and on the server, so the screen total is the
 * charged total. Money is {@link BigDecimal} at the currency's scale, rounded half up.
 *
 * <ol>
 *   <li>Each line's gross is (unit price + modifier deltas) × quantity, rounded to the scale.</li>
 *   <li>Discounts apply in the order given, each to what is left: a percentage of it, or a
 *       fixed amount (never more than what is left).</li>
 *   <li>The discount total is shared across lines in proportion to their gross, cent by cent
 *       (largest remainders first), so line discounts add up to it exactly.</li>
 *   <li>Tax is computed and rounded per line on its net amount, then summed for the order.</li>
 * </ol>
 */
public final class PriceCalculator {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final int scale;

    /** @param scale the currency's number of decimals (2 for USD and EUR, 0 for JPY) */
    public PriceCalculator(int scale) {
        this.scale = scale;
    }

    public int scale() {
        return scale;
    }

    public PricedOrder price(List<PricingLine> lines, List<Discount> discounts, TaxRates taxes) {
        List<BigDecimal> grosses = lines.stream()
                .map(line -> line.unitWithModifiers().multiply(BigDecimal.valueOf(line.quantity())).setScale(scale, ROUNDING))
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            if (grosses.get(i).signum() < 0) {
                throw new IllegalArgumentException("line " + lines.get(i).key() + " would cost less than nothing");
            }
        }
        BigDecimal subtotal = grosses.stream().reduce(zero(), BigDecimal::add);
        BigDecimal discountTotal = discountTotal(subtotal, discounts);
        List<BigDecimal> shares = share(discountTotal, grosses);

        List<PricedLine> priced = new ArrayList<>(lines.size());
        BigDecimal tax = zero();
        for (int i = 0; i < lines.size(); i++) {
            PricingLine line = lines.get(i);
            BigDecimal rate = taxes.rateOf(line.taxClass()).orElseThrow(() ->
                    new IllegalArgumentException("no tax rate for tax class " + line.taxClass()));
            BigDecimal net = grosses.get(i).subtract(shares.get(i));
            BigDecimal lineTax = taxes.inclusive()
                    ? net.multiply(rate).divide(BigDecimal.ONE.add(rate), scale, ROUNDING)
                    : net.multiply(rate).setScale(scale, ROUNDING);
            BigDecimal lineTotal = taxes.inclusive() ? net : net.add(lineTax);
            priced.add(new PricedLine(line.key(), line.unitWithModifiers().setScale(scale, ROUNDING), line.quantity(),
                    grosses.get(i), shares.get(i), net, rate, lineTax, lineTotal));
            tax = tax.add(lineTax);
        }
        BigDecimal total = subtotal.subtract(discountTotal).add(taxes.inclusive() ? zero() : tax);
        return new PricedOrder(priced, subtotal, discountTotal, tax, total, taxes.inclusive());
    }

    /** Rounds an amount to the currency's scale. */
    public BigDecimal round(BigDecimal amount) {
        return amount.setScale(scale, ROUNDING);
    }

    private BigDecimal discountTotal(BigDecimal subtotal, List<Discount> discounts) {
        BigDecimal left = subtotal;
        for (Discount discount : discounts) {
            BigDecimal off = switch (discount.kind()) {
                case PERCENTAGE -> left.multiply(discount.value()).divide(BigDecimal.valueOf(100), scale, ROUNDING);
                case FIXED -> discount.value().setScale(scale, ROUNDING);
            };
            left = left.subtract(off.min(left));
        }
        return subtotal.subtract(left);
    }

    /** Splits {@code amount} over {@code weights} proportionally, exactly, in units of the scale. */
    private List<BigDecimal> share(BigDecimal amount, List<BigDecimal> weights) {
        BigDecimal totalWeight = weights.stream().reduce(zero(), BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        if (amount.signum() == 0 || totalWeight.signum() == 0) {
            weights.forEach(w -> shares.add(zero()));
            return shares;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal given = zero();
        for (BigDecimal weight : weights) {
            BigDecimal exact = amount.multiply(weight).divide(totalWeight, scale + 10, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(scale, RoundingMode.DOWN);
            shares.add(floor);
            remainders.add(exact.subtract(floor));
            given = given.add(floor);
        }
        int leftover = amount.subtract(given).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(remainders::get).reversed().thenComparing(i -> i));
        for (int k = 0; k < leftover; k++) {
            int i = order.get(k % order.size());
            shares.set(i, shares.get(i).add(unit));
        }
        return shares;
    }

    private BigDecimal zero() {
        return BigDecimal.ZERO.setScale(scale);
    }
}
