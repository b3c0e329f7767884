package cloud.olympus.server.analytics.web;

import cloud.olympus.server.analytics.QueryResult;
import java.util.List;

/** A query's answer as CSV: a header of the columns and a line per row, written by the API's one {@link cloud.olympus.server.shared.web.Csv}. */
final class Csv {

    private Csv() {
    }

    static String of(QueryResult result) {
        StringBuilder csv = new StringBuilder();
        cloud.olympus.server.shared.web.Csv.line(csv, result.columns());
        for (List<Object> row : result.rows()) {
            cloud.olympus.server.shared.web.Csv.line(csv, row);
        }
        return csv.toString();
    }
}
