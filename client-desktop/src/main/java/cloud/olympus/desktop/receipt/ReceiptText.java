package cloud.olympus.desktop.receipt;

import cloud.olympus.fx.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** Lays a receipt out as fixed-width lines, as a thermal printer prints them (42 columns on 80 mm paper). */
public final class ReceiptText {

    public static final int WIDTH = 42;

    private ReceiptText() {
    }

    public static List<String> lines(Receipt receipt, Messages messages, ZoneId zone) {
        List<String> out = new ArrayList<>();
        out.add(center(receipt.business()));
        if (receipt.refund() != null) {
            out.add(center(messages.get("refund.receipt.title")));
        }
        out.add(center(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(receipt.at().atZone(zone))));
        out.add(center(messages.get("receipt.reference", receipt.reference())));
        if (receipt.cashier() != null) {
            out.add(center(messages.get("receipt.served_by", receipt.cashier())));
        }
        if (receipt.refund() != null) {
            Receipt.Refunded refund = receipt.refund();
            out.add(center(messages.get("refund.receipt.sale", refund.saleNumber())));
            if (refund.approvedBy() != null) {
                out.add(center(messages.get("refund.receipt.approved_by", refund.approvedBy())));
            }
        }
        out.add("-".repeat(WIDTH));
        for (Receipt.Line line : receipt.lines()) {
            out.add(pair(line.quantity() + " × " + line.name(), line.amount()));
            for (String modifier : line.modifiers()) {
                out.add("    " + truncate(modifier, WIDTH - 4));
            }
            if (line.notes() != null) {
                out.add("   " + truncate(line.notes(), WIDTH - 3));
            }
        }
        out.add("-".repeat(WIDTH));
        for (Receipt.Total total : receipt.totals()) {
            out.add(pair(messages.get("receipt." + total.label()), total.amount()));
        }
        out.add("");
        for (Receipt.Payment payment : receipt.payments()) {
            out.add(pair(messages.get("tender." + payment.method().wireName()), payment.amount()));
        }
        if (receipt.change() != null) {
            out.add(pair(messages.get("receipt.change"), receipt.change()));
        }
        if (receipt.refund() != null && receipt.refund().reason() != null) {
            out.add("");
            out.add(truncate(messages.get("refund.receipt.reason", receipt.refund().reason()), WIDTH));
        }
        if (receipt.footer() != null) {
            out.add("");
            out.add(center(receipt.footer()));
        }
        return out;
    }

    /** A page to try a printer with: the business, where it printed, who printed it, and a ruler as wide as the paper. */
    public static List<String> testPage(String business, String cashier, String where, Instant at, Messages messages, ZoneId zone) {
        List<String> out = new ArrayList<>();
        if (business != null) {
            out.add(center(business));
        }
        out.add(center(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(at.atZone(zone))));
        out.add("-".repeat(WIDTH));
        out.add(center(messages.get("printer.test_page")));
        out.add(truncate(messages.get("printer.test_page.where", where), WIDTH));
        if (cashier != null) {
            out.add(truncate(messages.get("receipt.served_by", cashier), WIDTH));
        }
        out.add("-".repeat(WIDTH));
        StringBuilder ruler = new StringBuilder();
        for (int column = 1; column <= WIDTH; column++) {
            ruler.append(column % 10 == 0 ? Character.forDigit(column / 10 % 10, 10) : column % 5 == 0 ? ':' : '.');
        }
        out.add(ruler.toString());
        return out;
    }

    static String pair(String left, String right) {
        int room = WIDTH - right.length() - 1;
        return padRight(truncate(left, room), room) + " " + right;
    }

    private static String center(String text) {
        String t = truncate(text, WIDTH);
        int pad = (WIDTH - t.length()) / 2;
        return " ".repeat(pad) + t;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
