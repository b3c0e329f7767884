package cloud.olympus.desktop.receipt;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The receipt printer a terminal uses, as remembered in its settings. The details of every kind
 * are kept, so switching kinds back and forth does not lose what was typed.
 */
public record PrinterChoice(Kind kind, String host, int port, String device, String queue, SystemQueuePrinter.Format format,
                            String folder) {

    public enum Kind { NONE, NETWORK, DEVICE, SYSTEM, PDF_FOLDER }

    /** No printer: receipts are shown on screen and saved as PDF on request. */
    public static final PrinterChoice NONE = new PrinterChoice(Kind.NONE, null, NetworkPrinter.DEFAULT_PORT, null, null,
            SystemQueuePrinter.Format.TEXT, null);

    public PrinterChoice {
        kind = kind == null ? Kind.NONE : kind;
        port = port <= 0 ? NetworkPrinter.DEFAULT_PORT : port;
        format = format == null ? SystemQueuePrinter.Format.TEXT : format;
    }

    /** Where receipts go; empty when no printer is chosen. */
    public Optional<ReceiptDestination> destination() {
        return Optional.ofNullable(switch (kind) {
            case NONE -> null;
            case NETWORK -> new NetworkPrinter(host, port);
            case DEVICE -> new DevicePrinter(Path.of(device));
            case SYSTEM -> new SystemQueuePrinter(queue, format);
            case PDF_FOLDER -> new PdfFolder(Path.of(folder));
        });
    }
}
