package cloud.olympus.desktop.receipt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer installed on this computer (a CUPS or Windows print queue), through javax.print. The
 * receipt goes as plain text, which receipt printers' drivers print as it is, or as the 80 mm PDF.
 */
public record SystemQueuePrinter(String queue, Format format) implements ReceiptDestination {

    private static final Logger LOG = LoggerFactory.getLogger(SystemQueuePrinter.class);

    public enum Format { TEXT, PDF }

    /** The print queues this computer offers, by name; none when there are none or printing is not set up. */
    public static List<String> queues() {
        try {
            return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        } catch (RuntimeException e) {
            // Printing is not set up on this computer; the settings panel says there are no printers.
            LOG.info("The computer's print queues cannot be listed: {}", e.toString());
            return List.of();
        }
    }

    @Override
    public void print(Paper paper) throws PrintFailure {
        PrintService service = find().orElseThrow(() -> new PrintFailure(PrintFailure.Reason.NO_QUEUE, queue, null));
        try {
            byte[] data = format == Format.PDF ? pdf(paper)
                    : (String.join("\n", paper.lines()) + "\n\n\n\n").getBytes(StandardCharsets.UTF_8);
            DocFlavor preferred = format == Format.PDF ? DocFlavor.BYTE_ARRAY.PDF : DocFlavor.BYTE_ARRAY.TEXT_PLAIN_UTF_8;
            // Where the queue does not say it takes the type, let it recognise the bytes itself (CUPS does).
            DocFlavor flavor = service.isDocFlavorSupported(preferred) ? preferred : DocFlavor.BYTE_ARRAY.AUTOSENSE;
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName("Receipt " + paper.name(), null));
            DocPrintJob job = service.createPrintJob();
            job.print(new SimpleDoc(data, flavor, null), attributes);
        } catch (PrintException | IOException | RuntimeException e) {
            throw new PrintFailure(PrintFailure.Reason.FAILED, queue, e);
        }
    }

    @Override
    public String where() {
        return queue;
    }

    private Optional<PrintService> find() {
        try {
            return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).filter(s -> s.getName().equals(queue))
                    .findFirst();
        } catch (RuntimeException e) {
            // Said to the cashier as a printer that is not installed.
            LOG.info("The computer's print queues cannot be listed: {}", e.toString());
            return Optional.empty();
        }
    }

    private static byte[] pdf(Paper paper) throws IOException {
        Path file = Files.createTempFile("receipt-", ".pdf");
        try {
            ReceiptPrinter.pdf(paper, file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
