package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.assistant.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An answer computed from the data: its text, figures, table and the query behind them. */
public record Draft(String text, List<Answer.Figure> figures, Answer.Table table, Map<String, Object> query) {

    /** The declarative form of a query over the orders: what is measured, by what, over which days. */
    static Map<String, Object> query(String metric, List<String> dimensions, Map<String, Object> filters, Scope scope,
                                     String granularity) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("metric", metric);
        query.put("dimensions", dimensions);
        query.put("filters", filters);
        query.put("from", scope.from().toString());
        query.put("to", scope.to().toString());
        query.put("granularity", granularity);
        query.put("source", "orders");
        return query;
    }

    /** Another source of figures, named, with what it was asked. */
    static Map<String, Object> source(String source, Object... pairs) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("source", source);
        for (int i = 0; i < pairs.length; i += 2) {
            query.put((String) pairs[i], pairs[i + 1]);
        }
        return query;
    }
}
