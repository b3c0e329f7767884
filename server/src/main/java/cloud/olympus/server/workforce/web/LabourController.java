package cloud.olympus.server.workforce.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.workforce.LabourDay;
import cloud.olympus.server.workforce.LabourReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workforce")
@Tag(name = "Labour", description = "Labour cost against sales, hour by hour")
public class LabourController {

    private final LabourReport report;

    LabourController(LabourReport report) {
        this.report = report;
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/labour")
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "Labour against sales for a business day, hour by hour",
            description = "For each hour of the business day (on the business's clock): revenue (completed orders net of "
                    + "refunds) and orders, labour cost (minutes clocked in less breaks, at each person's hourly rate; an "
                    + "open entry counts until now), the people clocked in, and labour as a percentage of revenue; and the "
                    + "day's totals. location_id: the business itself (default) or one of its locations.")
    LabourDay labour(@RequestParam(required = false) String date,
                     @RequestParam(name = "location_id", required = false) String locationId) {
        return report.day(LabourInput.date(date), LabourInput.location(locationId));
    }
}
