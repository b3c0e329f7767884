package cloud.olympus.server.analytics.web;

import cloud.olympus.server.analytics.QueryResult;
import java.util.List;

/** A query's answer as CSV ({@link cloud.olympus.model.Csv}): a header of the columns, then a line per row. */
final class Csv {

    private Csv() {
    }

    static String of(QueryResult result) {
        StringBuilder csv = new StringBuilder(cloud.olympus.model.Csv.line(result.columns()));
        for (List<Object> row : result.rows()) {
            csv.append(cloud.olympus.model.Csv.line(row));
        }
        return csv.toString();
    }
}
