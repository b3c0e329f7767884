package cloud.olympus.server.reports.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.reports.Reports;
import cloud.olympus.server.reports.SalesReport;
import cloud.olympus.server.reports.ZReport;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.workforce.Timesheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The end of a business day, sales over days, hours and labour cost")
public class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/z")
    @Operation(summary = "The Z report of a business day",
            description = "location_id (the business itself when absent, or one of its locations) and date (YYYY-MM-DD, a "
                    + "business day): orders, sales net of refunds, refunds and units from the rollups; subtotal, discounts, tax, "
                    + "tips and total of the day's completed orders; their tax per tax class (rate, taxable amount, tax); sales "
                    + "per tender and refunds per tender; and each cash drawer opened that day with "
                    + "its float, cash sales, refunds, pay-ins, pay-outs, expected, counted and variance.")
    ZReport z(@RequestParam(name = "location_id", required = false) String locationId, @RequestParam(required = false) String date) {
        return reports.z(Input.optionalId(locationId, "location_id"), date(date, "date"));
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/sales")
    @Operation(summary = "Sales over business days",
            description = "from and to (YYYY-MM-DD, both included, at most 366 days), location_id optional (the business with "
                    + "its locations when absent): totals, each day, each category and item, each tender, from the rollups.")
    SalesReport sales(@RequestParam(name = "location_id", required = false) String locationId,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.sales(Input.optionalId(locationId, "location_id"), date(from, "from"), date(to, "to"));
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/timesheets")
    @Operation(summary = "Hours and labour cost per person",
            description = "from and to (YYYY-MM-DD, both included, at most 93 days), location_id optional: for each person who "
                    + "clocked in, regular and overtime hours, hours on breaks, gross pay at their rate, entries (open ones "
                    + "counted apart), and how many entries are approved (approved: all closed ones are).")
    Timesheets.Sheet timesheets(@RequestParam(name = "location_id", required = false) String locationId,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.timesheets(Input.optionalId(locationId, "location_id"), date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field + " is required, as YYYY-MM-DD").field(field);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + " must be a date as YYYY-MM-DD").field(field);
        }
    }
}
