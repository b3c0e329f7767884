package cloud.olympus.server.analytics;

import java.util.List;
import java.util.Map;

/**
 * The answer to an {@link AnalyticsQuery}: the columns (the dimensions, each id with its name, then
 * the metric), the rows, the query as understood, the SQL it ran (its parameters bound apart, never
 * written into it), and whether more rows than the limit matched.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, Map<String, Object> query, String sql,
                          boolean truncated) {
}
