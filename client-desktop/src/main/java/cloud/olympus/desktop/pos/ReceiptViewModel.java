package cloud.olympus.desktop.pos;

import cloud.olympus.desktop.receipt.PdfFolder;
import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.desktop.receipt.ReceiptDestination;
import cloud.olympus.desktop.receipt.ReceiptPrinting;
import cloud.olympus.desktop.receipt.ReceiptText;
import cloud.olympus.fx.i18n.Messages;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The receipt of a sale that is already kept: its text, and putting it on the terminal's printer or
 * in a PDF. A printer that fails says so in a sentence; the sale is not touched by it.
 */
public final class ReceiptViewModel {

    private final Receipt receipt;
    private final PrinterChoice printer;
    private final Path pdfFolder;
    private final ReceiptPrinting printing;
    private final Messages messages;
    private final List<String> lines;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReceiptViewModel(Receipt receipt, PrinterChoice printer, Path pdfFolder, ReceiptPrinting printing) {
        this.receipt = receipt;
        this.printer = printer;
        this.pdfFolder = pdfFolder;
        this.printing = printing;
        this.messages = printing.messages();
        this.lines = ReceiptText.lines(receipt, messages, ZoneId.systemDefault());
    }

    /** The receipt as printed, line by line. */
    public List<String> lines() {
        return lines;
    }

    /** The text of the barcode under the lines: the sale's reference. */
    public String barcode() {
        return receipt.reference();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the terminal has a receipt printer. */
    public boolean hasPrinter() {
        return printer.kind() != PrinterChoice.Kind.NONE;
    }

    /** Once the sale is kept: prints the receipt when the terminal has a printer. */
    public void printAfterSale() {
        if (hasPrinter()) {
            print();
        }
    }

    /** Prints (again) on the terminal's printer. */
    public void print() {
        ReceiptDestination destination = printer.destination().orElse(null);
        if (destination == null) {
            report(messages.get("receipt.no_printer"), true);
            return;
        }
        run(destination, messages.get("receipt.printed", destination.where()));
    }

    /** Saves the receipt as a PDF in the receipts folder. */
    public void savePdf() {
        PdfFolder folder = new PdfFolder(pdfFolder);
        run(folder, messages.get("receipt.saved", folder.file(receipt.name()).toAbsolutePath()));
    }

    private void run(ReceiptDestination destination, String success) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        report(messages.get("receipt.printing"), false);
        printing.print(destination, receipt.paper(lines), outcome -> {
            busy.set(false);
            report(outcome.printed() ? success : messages.get("receipt.not_printed", outcome.problem()), !outcome.printed());
        });
    }

    private void report(String text, boolean problem) {
        status.set(text);
        failed.set(problem);
    }
}
