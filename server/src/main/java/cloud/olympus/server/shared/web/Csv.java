package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.InvalidInput;
import java.util.List;

/**
 * CSV as RFC 4180 has it, read the way {@link cloud.olympus.model.Csv} writes it: CRLF or LF line
 * ends, fields quoted when they hold a comma, a quote or a line break, their quotes doubled.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * The records of {@code text} as {@link cloud.olympus.model.Csv#parse(String)} reads them.
     *
     * @throws InvalidInput when it is not CSV, with the record at fault as {@code row}
     */
    public static List<List<String>> parse(String text) {
        try {
            return cloud.olympus.model.Csv.parse(text);
        } catch (cloud.olympus.model.Csv.Unreadable e) {
            throw new InvalidInput(e.getMessage()).with("row", e.record());
        }
    }
}
