package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What {@code GET /api/v1/analytics/forecast} expects: sales (or an item's units) per day and per
 * hour, each with the interval the actual figure falls in {@code intervalPercent} times in a hundred,
 * and how well the method did on the days it was tried against; {@code note} says why a simpler
 * method was used, when it was.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Forecast(String target, UUID itemId, String unit, String method, int intervalPercent, int historyDays,
                       List<Day> days, List<Hour> hours, List<Hour> todayHours, Backtest backtest, String note) {

    public Forecast {
        days = days == null ? List.of() : List.copyOf(days);
        hours = hours == null ? List.of() : List.copyOf(hours);
        todayHours = todayHours == null ? List.of() : List.copyOf(todayHours);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate date, BigDecimal expected, BigDecimal low, BigDecimal high) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hour(int hour, BigDecimal expected, BigDecimal low, BigDecimal high) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Backtest(int days, BigDecimal mapePercent, String baseline, BigDecimal baselineMapePercent,
                           BigDecimal coveragePercent, Integer zeroDaysSkipped) {
    }
}
