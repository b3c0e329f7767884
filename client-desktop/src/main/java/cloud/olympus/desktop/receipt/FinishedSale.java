package cloud.olympus.desktop.receipt;

import cloud.olympus.model.commerce.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale as it was finished at the till, in plain values: what was sold, the totals, how it was
 * paid and the change given, who sold it, where and when. A receipt is made from this.
 */
public record FinishedSale(UUID id, Instant rungAt, String business, String footer, String cashier, List<Line> lines,
                           Totals totals, List<Tender> tenders, BigDecimal change) {

    public FinishedSale {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
    }

    /** A line as sold: {@code total} is what it came to with its modifiers. */
    public record Line(String name, List<Modifier> modifiers, int quantity, BigDecimal total, String notes) {
        public Line {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** A chosen modifier and what it added to one unit. */
    public record Modifier(String name, BigDecimal priceDelta) {
    }

    /** The sale's totals; {@code taxInclusive} says whether the tax is inside the prices. */
    public record Totals(BigDecimal subtotal, BigDecimal discount, BigDecimal tax, boolean taxInclusive, BigDecimal total) {
    }

    /** A payment: how, what was handed over, and the tip on top. */
    public record Tender(PaymentMethod method, BigDecimal handed, BigDecimal tip) {
    }
}
