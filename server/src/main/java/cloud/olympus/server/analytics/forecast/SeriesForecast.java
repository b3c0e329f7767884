package cloud.olympus.server.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A daily series forecast a few days ahead, with intervals and a backtest measured on the series
 * itself.
 *
 * <p><b>Rolling origin.</b> For each of the last {@link #BACKTEST_DAYS} + {@link #CALIBRATION_DAYS}
 * days (as far as the history allows) the model is fitted again, parameters searched again, on the
 * days before it only, and forecasts the days after it; each forecast that can be compared with what
 * happened gives an error (actual minus expected) for its horizon.
 *
 * <p><b>Intervals.</b> A forecast {@code h} days ahead spans the 10th to the 90th percentile of the
 * model's own {@code h}-day-ahead errors (an 80 % interval), so its width is what the model has
 * actually missed by here, never a constant. With fewer than {@link #MIN_ERRORS} errors at a horizon the
 * nearest shorter horizon's are used; with none at all, the spread of the history around its mean.
 *
 * <p><b>Backtest.</b> On the last {@link #BACKTEST_DAYS} days each day is forecast one day ahead and
 * scored with MAPE (mean absolute percentage error; days that sold nothing are skipped, since a
 * percentage of zero is undefined, and counted in {@code zeroDaysSkipped}), against a 7-day moving
 * average forecasting the same days from the same history. Coverage is the share of those days inside
 * the interval built, for each day, only from errors of earlier days (at least {@link #MIN_ERRORS}): an
 * out-of-sample check that the 80 % means 80 %.
 */
record SeriesForecast(String method, int historyDays, double[] expected, double[] low, double[] high, Backtest backtest) {

    static final String HOLT_WINTERS = "holt_winters_weekly";
    static final String MOVING_AVERAGE = "moving_average_7";
    static final int BACKTEST_DAYS = 28;
    static final int CALIBRATION_DAYS = 28;
    static final int MIN_ERRORS = 5;
    private static final int WINDOW = 7;

    /** The one-day-ahead backtest: MAPE of the model and the 7-day moving average on the same days, and interval coverage. */
    record Backtest(int days, Double mapePercent, Double baselineMapePercent, Double coveragePercent, int zeroDaysSkipped) {
        static final Backtest NONE = new Backtest(0, null, null, null, 0);
    }

    /**
     * Forecasts {@code steps} days following {@code history} (oldest first), with the weekly model when
     * {@code seasonal} is allowed and the history is long enough, else the 7-day moving average.
     */
    static SeriesForecast of(double[] history, int steps, boolean seasonal) {
        int n = history.length;
        boolean weekly = seasonal && n >= HoltWinters.MIN_DAYS;
        Model model = weekly ? SeriesForecast::holtWinters : SeriesForecast::movingAverage;
        int minTrain = weekly ? HoltWinters.MIN_DAYS : 1;
        List<List<double[]>> errors = new ArrayList<>();
        for (int h = 0; h < steps; h++) {
            errors.add(new ArrayList<>());
        }
        double[] oneStep = new double[n];
        int start = Math.max(minTrain, n - BACKTEST_DAYS - CALIBRATION_DAYS);
        for (int origin = start; origin < n; origin++) {
            double[] predicted = model.predict(Arrays.copyOf(history, origin), steps);
            oneStep[origin] = predicted[0];
            for (int h = 0; h < steps && origin + h < n; h++) {
                errors.get(h).add(new double[] {origin, history[origin + h] - predicted[h]});
            }
        }
        double[] expected = n == 0 ? new double[steps] : model.predict(history, steps);
        double[] low = new double[steps];
        double[] high = new double[steps];
        for (int h = 0; h < steps; h++) {
            double[] spread = spread(errors, h, history);
            low[h] = Math.max(0, expected[h] + spread[0]);
            high[h] = Math.max(low[h], expected[h] + spread[1]);
        }
        Backtest backtest = backtest(history, oneStep, Math.max(start, n - BACKTEST_DAYS), errors.isEmpty() ? List.of() : errors.get(0));
        return new SeriesForecast(weekly ? HOLT_WINTERS : MOVING_AVERAGE, n, expected, low, high, backtest);
    }

    /** The 10th and 90th percentile of the errors at horizon {@code h}, or the nearest measured one, or the history's spread. */
    private static double[] spread(List<List<double[]>> errors, int h, double[] history) {
        for (int k = h; k >= 0; k--) {
            List<double[]> at = errors.get(k);
            if (at.size() >= MIN_ERRORS) {
                double[] values = at.stream().mapToDouble(e -> e[1]).toArray();
                return new double[] {percentile(values, 10), percentile(values, 90)};
            }
        }
        if (history.length == 0) {
            return new double[] {0, 0};
        }
        double mean = Arrays.stream(history).average().orElse(0);
        return new double[] {percentile(history, 10) - mean, percentile(history, 90) - mean};
    }

    private static Backtest backtest(double[] history, double[] oneStep, int from, List<double[]> errors) {
        int n = history.length;
        if (from >= n) {
            return Backtest.NONE;
        }
        double modelError = 0;
        double baselineError = 0;
        int scored = 0;
        int zeros = 0;
        int inside = 0;
        int covered = 0;
        for (int day = from; day < n; day++) {
            double actual = history[day];
            if (actual > 0) {
                modelError += Math.abs(actual - oneStep[day]) / actual;
                baselineError += Math.abs(actual - movingAverage(Arrays.copyOf(history, day), 1)[0]) / actual;
                scored++;
            } else {
                zeros++;
            }
            double[] earlier = recentBefore(errors, day);
            if (earlier.length >= MIN_ERRORS) {
                double low = Math.max(0, oneStep[day] + percentile(earlier, 10));
                double high = Math.max(low, oneStep[day] + percentile(earlier, 90));
                covered++;
                if (actual >= low && actual <= high) {
                    inside++;
                }
            }
        }
        return new Backtest(n - from, scored == 0 ? null : 100 * modelError / scored,
                scored == 0 ? null : 100 * baselineError / scored, covered == 0 ? null : 100.0 * inside / covered, zeros);
    }

    /** The errors of the latest {@link #CALIBRATION_DAYS} origins before {@code day}. */
    private static double[] recentBefore(List<double[]> errors, int day) {
        double[] before = errors.stream().filter(e -> e[0] < day).mapToDouble(e -> e[1]).toArray();
        return Arrays.copyOfRange(before, Math.max(0, before.length - CALIBRATION_DAYS), before.length);
    }

    /** The mean of the last seven days (fewer when there are fewer), the same for every step ahead. */
    static double[] movingAverage(double[] history, int steps) {
        int from = Math.max(0, history.length - WINDOW);
        double sum = 0;
        for (int i = from; i < history.length; i++) {
            sum += history[i];
        }
        double[] out = new double[steps];
        Arrays.fill(out, history.length == 0 ? 0 : sum / (history.length - from));
        return out;
    }

    private static double[] holtWinters(double[] history, int steps) {
        HoltWinters model = HoltWinters.fit(history);
        double[] out = new double[steps];
        for (int h = 0; h < steps; h++) {
            out[h] = model.forecast(h + 1);
        }
        return out;
    }

    /** Linear interpolation between the closest ranks. */
    static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    @FunctionalInterface
    private interface Model {
        double[] predict(double[] history, int steps);
    }
}
