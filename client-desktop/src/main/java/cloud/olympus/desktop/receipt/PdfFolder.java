package cloud.olympus.desktop.receipt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Receipts as 80 mm PDF files in a folder, one per sale ({@code receipt-<reference>.pdf}); a reprint replaces the file. */
public record PdfFolder(Path folder) implements ReceiptDestination {

    @Override
    public void print(List<String> lines, String reference) throws PrintFailure {
        try {
            ReceiptPrinter.pdf(lines, file(reference));
        } catch (IOException e) {
            // Creating the folder or the file is all there is to it: a failure means it cannot be written there.
            throw new PrintFailure(PrintFailure.Reason.NOT_WRITABLE, where(), e);
        }
    }

    /** The file a receipt is written to. */
    public Path file(String reference) {
        return folder.resolve("receipt-" + reference + ".pdf");
    }

    @Override
    public String where() {
        return folder.toAbsolutePath().toString();
    }
}
