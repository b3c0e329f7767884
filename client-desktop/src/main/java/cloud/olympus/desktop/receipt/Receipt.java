package cloud.olympus.desktop.receipt;

import cloud.olympus.desktop.pos.CartLine;
import cloud.olympus.desktop.pos.CartViewModel;
import cloud.olympus.desktop.pos.CheckoutViewModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What the customer takes away, already formatted: the same text on screen, on paper and in the PDF. */
public record Receipt(UUID orderId, Instant at, String business, String footer, String cashier, List<Line> lines,
                      List<Total> totals, List<Total> payments, String change) {

    public record Line(String name, List<String> modifiers, int quantity, String amount, String notes) {
    }

    public record Total(String label, String amount) {
    }

    /** The short reference printed on the receipt, enough to find the order later. */
    public String reference() {
        return orderId.toString().substring(0, 8).toUpperCase();
    }

    public static Receipt of(UUID id, Instant at, String business, String footer, String cashier, CartViewModel cart,
                             List<CheckoutViewModel.Tender> tenders, BigDecimal change) {
        Function<BigDecimal, String> money = cart::format;
        List<Line> lines = cart.lines().stream().map((CartLine l) -> new Line(l.item().name(),
                l.modifiers().stream().map(m -> m.name() + (m.priceDelta().signum() == 0 ? "" : " +" + money.apply(m.priceDelta())))
                        .toList(), l.quantity(), money.apply(l.total()), l.notes())).toList();
        var priced = cart.priced();
        List<Total> totals = new java.util.ArrayList<>();
        totals.add(new Total("subtotal", money.apply(priced.subtotal())));
        if (priced.discountTotal().signum() > 0) {
            totals.add(new Total("discount", "−" + money.apply(priced.discountTotal())));
        }
        totals.add(new Total(priced.taxInclusive() ? "tax_included" : "tax", money.apply(priced.tax())));
        totals.add(new Total("total", money.apply(priced.total())));
        List<Total> payments = tenders.stream().map(t -> new Total(t.method(), money.apply(t.handed())
                + (t.tip().signum() > 0 ? " + " + money.apply(t.tip()) : ""))).toList();
        return new Receipt(id, at, business, footer, cashier, lines, totals, payments,
                change.signum() > 0 ? money.apply(change) : null);
    }
}
