package cloud.olympus.desktop.pos;

import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.desktop.receipt.ReceiptPrinter;
import cloud.olympus.desktop.receipt.ReceiptText;
import cloud.olympus.fx.i18n.Messages;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The receipt on screen, with the ways to put it on paper. */
final class ReceiptOverlay extends Overlay {

    ReceiptOverlay(Receipt receipt, Messages messages, Path receipts, Path printer, Runnable newSale) {
        super("receipt", messages.get("receipt.title"), newSale);
        card().getStyleClass().add("receipt-card");
        List<String> lines = ReceiptText.lines(receipt, messages, ZoneId.systemDefault());
        Label paper = new Label(String.join("\n", lines));
        paper.setId("receipt-text");
        paper.getStyleClass().add("receipt-paper");
        Label status = new Label();
        status.setId("receipt-status");
        status.getStyleClass().add("subtitle");

        Button pdf = new Button(messages.get("receipt.pdf"));
        pdf.setId("receipt-pdf");
        pdf.setOnAction(e -> {
            Path file = receipts.resolve("receipt-" + receipt.reference() + ".pdf");
            try {
                ReceiptPrinter.pdf(lines, file);
                status.setText(messages.get("receipt.saved", file.toAbsolutePath()));
            } catch (Exception ex) {
                status.setText(messages.get("receipt.failed", ex.getMessage()));
            }
        });
        Button print = new Button(messages.get("receipt.print"));
        print.setId("receipt-print");
        print.setOnAction(e -> {
            Path target = Files.isDirectory(printer) ? printer.resolve("receipt-" + receipt.reference() + ".escpos") : printer;
            try (OutputStream out = Files.newOutputStream(target)) {
                ReceiptPrinter.escPos(lines, out);
                status.setText(messages.get("receipt.printed", target));
            } catch (Exception ex) {
                status.setText(messages.get("receipt.failed", ex.getMessage()));
            }
        });
        Button next = new Button(messages.get("receipt.new_sale"));
        next.setId("receipt-new-sale");
        next.getStyleClass().addAll("accent", "large");
        next.setDefaultButton(true);
        next.setOnAction(e -> close());
        HBox actions = new HBox(pdf, print, Overlays.spacer(), next);
        actions.getStyleClass().add("overlay-actions");
        add(paper, status, actions);
    }
}
