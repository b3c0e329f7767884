package cloud.olympus.server.analytics.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.analytics.Dashboard;
import cloud.olympus.server.analytics.Dashboards;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "The dashboard and questions asked of the sales rollups")
public class DashboardController {

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/dashboard")
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "A business day at a glance",
            description = "Sales (revenue net of refunds, orders, average order, refunds, units) against yesterday and the same "
                    + "day last week, each hour of the day (0 to 23 on the business's clock) against the same hour last week, "
                    + "the peak hours, the top items and categories, the payment mix, customers (new, returning, loyalty "
                    + "members, at risk), stock (low, likely to run out within a week, its worth) and staff (on shift now, "
                    + "labour cost and its share of revenue). date: YYYY-MM-DD, today by default. location_id: the business "
                    + "itself (default) or one of its locations; an organisation's own dashboard sums its locations.")
    Dashboard dashboard(@RequestParam(required = false) String date,
                        @RequestParam(name = "location_id", required = false) String locationId) {
        return dashboards.of(AnalyticsInput.date(date, "date"), AnalyticsInput.location(locationId));
    }
}
