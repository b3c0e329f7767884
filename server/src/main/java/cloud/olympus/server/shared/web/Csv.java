package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it, written and read the same way everywhere the API speaks it: a header line,
 * a line per row, CRLF line ends, a field quoted when it holds a comma, a quote or a line break, its
 * quotes doubled. A text field that a spreadsheet would take for a formula (starting with =, +, -, @,
 * a tab or a carriage return) is written with a leading apostrophe; numbers are written as numbers.
 */
public final class Csv {

    private Csv() {
    }

    /** Adds one line of {@code cells} to {@code csv}, CRLF included. */
    public static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field as it is written: empty for null, guarded against formulas, quoted when it must be. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value.toString();
        if (startsLikeFormula(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Whether a spreadsheet opening {@code text} would run it as a formula. */
    public static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The records of {@code text}, each a list of its fields as written (quotes removed, doubled
     * quotes made single). Lines may end in CRLF or LF; a last line break is optional; blank lines
     * are kept as records of one empty field so that record numbers match the lines a person counts.
     *
     * @throws InvalidInput when a quoted field is never closed or a quote stands inside an unquoted field
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new InvalidInput("CSV record " + (records.size() + 1) + " has a quote inside an unquoted field")
                            .with("row", records.size() + 1);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else {
                if (wasQuoted) {
                    throw new InvalidInput("CSV record " + (records.size() + 1) + " has text after a closing quote")
                            .with("row", records.size() + 1);
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInput("CSV record " + (records.size() + 1) + " opens a quote that is never closed")
                    .with("row", records.size() + 1);
        }
        if (field.length() > 0 || !record.isEmpty() || wasQuoted) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
