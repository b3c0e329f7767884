package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it, read the way {@link cloud.olympus.model.Csv} writes it: CRLF or LF line
 * ends, fields quoted when they hold a comma, a quote or a line break, their quotes doubled.
 */
public final class Csv {

    private Csv() {
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
