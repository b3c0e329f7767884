package cloud.olympus.desktop.receipt;

import cloud.olympus.model.commerce.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the customer takes away, already formatted: the same text on screen, on paper and in the PDF.
 * A refund's receipt says so, names the sale it refunds, why, and the manager who approved it.
 */
public record Receipt(UUID orderId, Instant at, String business, String footer, String cashier, List<Line> lines,
                      List<Total> totals, List<Payment> payments, String change, Refunded refund) {

    /** A sale's receipt. */
    public Receipt(UUID orderId, Instant at, String business, String footer, String cashier, List<Line> lines,
                   List<Total> totals, List<Payment> payments, String change) {
        this(orderId, at, business, footer, cashier, lines, totals, payments, change, null);
    }

    /** What makes a receipt a refund's: the refund, the sale's number, the reason, who approved it. */
    public record Refunded(UUID refundId, String saleNumber, String reason, String approvedBy) {
    }

    public record Line(String name, List<String> modifiers, int quantity, String amount, String notes) {
    }

    /** A total by its kind ({@code subtotal}, {@code tax}, ...: the text {@code receipt.<label>}) and amount. */
    public record Total(String label, String amount) {
    }

    /** A payment: how it was paid, and the amount (with the tip) as printed. */
    public record Payment(PaymentMethod method, String amount) {
    }

    /** The short reference printed on the receipt, enough to find the order later. */
    public String reference() {
        return orderId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** Names the print job or PDF file: the sale's reference, or the refund's for a refund. */
    public String name() {
        return refund == null ? reference() : "refund-" + refund.refundId().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** The receipt on paper: its lines, under them the sale's reference as a barcode for the scanner. */
    public Paper paper(List<String> text) {
        return new Paper(text, name(), reference());
    }

    /** The receipt of a finished sale, its amounts written by {@code money}. */
    public static Receipt of(FinishedSale sale, Function<BigDecimal, String> money) {
        List<Line> lines = sale.lines().stream().map(l -> new Line(l.name(), l.modifiers().stream()
                .map(m -> m.name() + (m.priceDelta().signum() == 0 ? "" : " +" + money.apply(m.priceDelta()))).toList(),
                l.quantity(), money.apply(l.total()), l.notes())).toList();
        FinishedSale.Totals priced = sale.totals();
        List<Total> totals = new java.util.ArrayList<>();
        totals.add(new Total("subtotal", money.apply(priced.subtotal())));
        if (priced.discount().signum() > 0) {
            totals.add(new Total("discount", "−" + money.apply(priced.discount())));
        }
        totals.add(new Total(priced.taxInclusive() ? "tax_included" : "tax", money.apply(priced.tax())));
        totals.add(new Total("total", money.apply(priced.total())));
        List<Payment> payments = sale.tenders().stream().map(t -> new Payment(t.method(), money.apply(t.handed())
                + (t.tip().signum() > 0 ? " + " + money.apply(t.tip()) : ""))).toList();
        return new Receipt(sale.id(), sale.rungAt(), sale.business(), sale.footer(), sale.cashier(), lines, totals, payments,
                sale.change().signum() > 0 ? money.apply(sale.change()) : null);
    }
}
