package cloud.olympus.desktop.receipt;

import java.util.List;

/**
 * What goes to a printer: the lines as printed, a name for the job or file, and, for a receipt, the
 * reference printed as a barcode under the lines so that a scanner finds the sale again.
 *
 * @param barcode the text to print as a Code 128 barcode, or {@code null} for none
 */
public record Paper(List<String> lines, String name, String barcode) {

    public Paper {
        lines = List.copyOf(lines);
    }

    /** Lines without a barcode, such as a test page. */
    public static Paper plain(List<String> lines, String name) {
        return new Paper(lines, name, null);
    }
}
