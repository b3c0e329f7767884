package cloud.olympus.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it, for the server's answers and the apps' exports alike: a line per record,
 * CRLF line ends, a field quoted when it holds a comma, a quote or a line break, its quotes doubled.
 * A text field a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) is written with a leading apostrophe; numbers are written as numbers. Read back by
 * {@link #parse(String)}, the one reading of CSV the server's imports and the apps' checks share.
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

    /**
     * The records of {@code text}, each a list of its fields as written (quotes removed, doubled
     * quotes made single). Lines may end in CRLF or LF; a last line break is optional; blank lines
     * are kept as records of one empty field so that record numbers match the lines a person counts.
     * Only a quote that starts a field opens quotes.
     *
     * @throws Unreadable when a quoted field is never closed, a quote stands inside an unquoted field
     *     or text follows a closing quote
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
                    throw new Unreadable(records.size() + 1, "has a quote inside an unquoted field");
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
                    throw new Unreadable(records.size() + 1, "has text after a closing quote");
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable(records.size() + 1, "opens a quote that is never closed");
        }
        if (field.length() > 0 || !record.isEmpty() || wasQuoted) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** A text that is not CSV: the record (its first line being 1) where reading stopped, and why. */
    public static final class Unreadable extends IllegalArgumentException {

        private final int record;
        private final String problem;

        Unreadable(int record, String problem) {
            super("CSV record " + record + " " + problem);
            this.record = record;
            this.problem = problem;
        }

        /** The record at fault, its first line being 1. */
        public int record() {
            return record;
        }

        /** What is wrong with it, in words that follow "CSV record n". */
        public String problem() {
            return problem;
        }
    }
}
