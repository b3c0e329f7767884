package cloud.olympus.desktop.receipt;

import java.io.IOException;
import java.nio.file.Path;

/** Receipts as 80 mm PDF files in a folder, one per sale ({@code receipt-<reference>.pdf}); a reprint replaces the file. */
public record PdfFolder(Path folder) implements ReceiptDestination {

    @Override
    public void print(Paper paper) throws PrintFailure {
        try {
            ReceiptPrinter.pdf(paper, file(paper.name()));
        } catch (IOException e) {
            // Creating the folder or the file is all there is to it: a failure means it cannot be written there.
            throw new PrintFailure(PrintFailure.Reason.NOT_WRITABLE, where(), e);
        }
    }

    /** The file a receipt of this name is written to. */
    public Path file(String name) {
        return folder.resolve("receipt-" + name + ".pdf");
    }

    @Override
    public String where() {
        return folder.toAbsolutePath().toString();
    }
}
