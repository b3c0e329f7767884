package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The receipt on screen, with the ways to put it on paper. */
public final class ReceiptOverlay extends Overlay {

    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    ReceiptOverlay(ReceiptViewModel model, Messages messages, Runnable newSale) {
        this(model, messages, messages.get("receipt.title"), messages.get("receipt.new_sale"), newSale);
    }

    /** A receipt under another title, such as a refund's, closed with {@code doneLabel}. */
    public ReceiptOverlay(ReceiptViewModel model, Messages messages, String title, String doneLabel, Runnable onClose) {
        super("receipt", title, onClose);
        card().getStyleClass().add("receipt-card");
        Label text = new Label(String.join("\n", model.lines()));
        text.setId("receipt-text");
        VBox paper = new VBox(text, new BarcodeView(model.barcode()));
        paper.getStyleClass().add("receipt-paper");
        Label status = new Label();
        status.setId("receipt-status");
        status.getStyleClass().addAll("subtitle", "print-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, was, now) -> status.pseudoClassStateChanged(PROBLEM, now));
        status.pseudoClassStateChanged(PROBLEM, model.failedProperty().get());

        Button pdf = new Button(messages.get("receipt.pdf"));
        pdf.setId("receipt-pdf");
        pdf.disableProperty().bind(model.busyProperty());
        pdf.setOnAction(e -> model.savePdf());
        Button print = new Button(messages.get("receipt.print"));
        print.setId("receipt-print");
        print.disableProperty().bind(model.busyProperty());
        print.setOnAction(e -> model.print());
        Button next = new Button(doneLabel);
        next.setId("receipt-new-sale");
        next.getStyleClass().addAll("accent", "large");
        next.setDefaultButton(true);
        next.setOnAction(e -> close());
        HBox actions = new HBox(pdf, print, Overlays.spacer(), next);
        actions.getStyleClass().add("overlay-actions");
        add(paper, status, actions);
    }
}
