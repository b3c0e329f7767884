package cloud.olympus.server.analytics.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.analytics.AnalyticsQueries;
import cloud.olympus.server.analytics.AnalyticsQuery;
import cloud.olympus.server.analytics.QueryResult;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "The dashboard and questions asked of the sales rollups")
public class QueryController {

    static final String CSV = "text/csv";

    private final AnalyticsQueries queries;

    QueryController(AnalyticsQueries queries) {
        this.queries = queries;
    }

    @Requires(Permission.REPORTS_VIEW)
    @PostMapping(value = "/query", produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "Ask the sales rollups a question",
            description = "metric: revenue, orders, items, refunds, average_order or quantity; extra_metrics: other metrics, "
                    + "each a column after metric (the rows are ordered by metric); dimensions (up to 4): hour (of "
                    + "the day), day, week, month, weekday (1 Monday to 7 Sunday), product, category, payment_method, "
                    + "location; filters: item_id, category_id, location_id, payment_method; from and to: business days (to: "
                    + "today, from: 30 days up to to, by default; at most 3 years apart); granularity: hour, day, week or month, a "
                    + "time series; limit: 1 to 1000 (100); order: desc, asc (by the metric) or dimensions. Anything else is "
                    + "a 400 naming the field. Accept: text/csv answers CSV.")
    ResponseEntity<?> query(@Valid @RequestBody QueryRequest request,
                            @RequestHeader(value = "Accept", required = false) String accept) {
        AnalyticsQuery query = AnalyticsQuery.parse(request.metric(), request.extraMetrics(), request.dimensions(),
                request.filters(), request.from(), request.to(), request.granularity(), request.limit(), request.order(), queries.today());
        QueryResult result = queries.run(query);
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(CSV)
                && !accept.toLowerCase(java.util.Locale.ROOT).contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(Csv.of(result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    public record QueryRequest(@Size(max = 40) String metric,
                               @Size(max = AnalyticsQuery.MAX_EXTRA_METRICS) List<@Size(max = 40) String> extraMetrics,
                               @Size(max = AnalyticsQuery.MAX_DIMENSIONS) List<@Size(max = 40) String> dimensions,
                               @Size(max = 4) Map<@Size(max = 40) String, @Size(max = 40) String> filters,
                               @Size(max = 10) String from, @Size(max = 10) String to, @Size(max = 20) String granularity,
                               Integer limit, @Size(max = 20) String order) {
    }
}
