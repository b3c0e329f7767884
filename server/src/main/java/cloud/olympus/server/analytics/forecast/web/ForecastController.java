package cloud.olympus.server.analytics.forecast.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.analytics.forecast.Forecast;
import cloud.olympus.server.analytics.forecast.Forecasts;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.QueryIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Forecast", description = "Sales and item demand forecasts with measured intervals and backtests")
public class ForecastController {

    private final Forecasts forecasts;

    ForecastController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/forecast")
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "Forecast sales, or an item's units, for the day or week after a date",
            description = "Weekly Holt-Winters on the business's own daily history (7-day moving average with fewer than 14 "
                    + "days, or for an item sold on fewer than half of them), the day after date (horizon=day) or the 7 days "
                    + "after it (horizon=week), the first of those and date itself hour by hour. Intervals are 80 %: the 10th "
                    + "to 90th percentile of the model's own rolling-origin errors. The backtest compares its MAPE with the "
                    + "7-day moving average's over the last 28 days. date: up to today (default). location_id: the business "
                    + "itself (default; an organisation's sales are its own and its locations' added up per business day) or "
                    + "one of its locations. item_id: an item of that place (of an organisation: of it or one of its locations).")
    Forecast forecast(@RequestParam(required = false) String horizon,
                      @RequestParam(name = "item_id", required = false) String itemId,
                      @RequestParam(name = "location_id", required = false) String locationId,
                      @RequestParam(required = false) String date) {
        Forecasts.Horizon h = horizon == null || horizon.isBlank() ? Forecasts.Horizon.DAY
                : Input.choice(Forecasts.Horizon.class, horizon.trim(), "horizon");
        UUID location = QueryIds.optional(locationId, "location_id");
        UUID item = QueryIds.optional(itemId, "item_id");
        LocalDate day = date(date);
        return item == null ? forecasts.sales(location, day, h) : forecasts.item(location, item, day, h);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("date must be a date such as 2026-11-27").with("field", "date");
        }
    }
}
