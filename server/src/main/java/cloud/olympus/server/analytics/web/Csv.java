package cloud.olympus.server.analytics.web;

import cloud.olympus.server.analytics.QueryResult;
import java.util.List;

/**
 * A query's answer as CSV (RFC 4180): a header of the columns, a line per row, CRLF line ends, a
 * field quoted when it holds a comma, a quote or a line break, its quotes doubled. A text field that
 * a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) is
 * written with a leading apostrophe; numbers are written as numbers.
 */
final class Csv {

    private Csv() {
    }

    static String of(QueryResult result) {
        StringBuilder csv = new StringBuilder();
        line(csv, result.columns());
        for (List<Object> row : result.rows()) {
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number.toString();
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
