package cloud.olympus.server.analytics.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A forecast of the business's sales (in its currency) or of an item's units: the days after
 * {@code date}, the first of those hour by hour, and {@code date} itself hour by hour ({@code todayHours}),
 * each with an 80 % interval from the model's own backtest errors. {@code method} says which model
 * answered, and {@code note} why, when it is not the weekly one.
 */
public record Forecast(String target, UUID itemId, String unit, String method, int intervalPercent, int historyDays,
                       List<Day> days, List<Hour> hours, List<Hour> todayHours, Backtest backtest, String note) {

    public static final int INTERVAL_PERCENT = 80;

    public record Day(LocalDate date, BigDecimal expected, BigDecimal low, BigDecimal high) {
    }

    /** {@code hour}: 0 to 23 on the business's clock. */
    public record Hour(int hour, BigDecimal expected, BigDecimal low, BigDecimal high) {
    }

    /**
     * The one-day-ahead backtest over {@code days} days: MAPE of the forecast and of the 7-day moving
     * average on the days that sold something ({@code zeroDaysSkipped} did not), and the share of
     * those days inside the interval; null when nothing could be measured.
     */
    public record Backtest(int days, BigDecimal mapePercent, String baseline, BigDecimal baselineMapePercent,
                           BigDecimal coveragePercent, int zeroDaysSkipped) {
    }
}
