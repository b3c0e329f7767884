package cloud.olympus.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV as RFC 4180 has it, for the server's answers and the apps' exports alike: a line per record,
 * CRLF line ends, a field quoted when it holds a comma, a quote or a line break, its quotes doubled.
 * A text field a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) is written with a leading apostrophe; numbers are written as numbers.
 */
public final class Csv {

    private Csv() {
    }

    /** One record, with its line end. */
    public static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** One field as it is written. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
