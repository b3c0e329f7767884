package cloud.olympus.server.analytics.forecast;

/**
 * Additive Holt-Winters exponential smoothing with a weekly season (period 7) for a daily series:
 * a level, a trend and one offset per weekday, each updated as a day's value arrives.
 *
 * <p>Additive rather than multiplicative because a business's daily series has days of nothing (a
 * shop closed on Sundays, an item not sold): a multiplicative weekday factor is undefined on a zero
 * level and explodes near it, where an additive offset simply learns "this weekday sells 0". On the
 * demo businesses the two score within a point of each other in the backtest, so the robust one wins.
 *
 * <p>The smoothing parameters are chosen by grid search, minimising the sum of squared one-step-ahead
 * errors over the history (each day predicted from the days before it only). The first week sets the
 * level and the weekday offsets; with two weeks the trend starts as the week-on-week change per day.
 */
final class HoltWinters {

    static final int PERIOD = 7;
    /** Fewer days than this and a weekly pattern cannot be told from noise. */
    static final int MIN_DAYS = 2 * PERIOD;

    private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7};
    private static final double[] BETAS = {0.0, 0.02, 0.05, 0.1};
    private static final double[] GAMMAS = {0.05, 0.1, 0.2, 0.3, 0.5};

    private final double alpha;
    private final double beta;
    private final double gamma;
    private double level;
    private double trend;
    private final double[] season = new double[PERIOD];
    /** Days seen, so the next day's weekday offset is {@code season[seen % 7]}. */
    private int seen;
    private double squaredError;

    private HoltWinters(double alpha, double beta, double gamma) {
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
    }

    /** The model of the grid whose one-step-ahead errors over {@code series} are smallest, fitted to all of it. */
    static HoltWinters fit(double[] series) {
        if (series.length < MIN_DAYS) {
            throw new IllegalArgumentException("a weekly model needs at least " + MIN_DAYS + " days");
        }
        HoltWinters best = null;
        for (double a : ALPHAS) {
            for (double b : BETAS) {
                for (double g : GAMMAS) {
                    HoltWinters candidate = new HoltWinters(a, b, g).run(series);
                    if (best == null || candidate.squaredError < best.squaredError) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    /** The same parameters run over another series: used to refit on a shorter history without searching again. */
    HoltWinters refit(double[] series) {
        return new HoltWinters(alpha, beta, gamma).run(series);
    }

    private HoltWinters run(double[] series) {
        double firstWeek = mean(series, 0, PERIOD);
        level = firstWeek;
        trend = series.length >= MIN_DAYS ? (mean(series, PERIOD, 2 * PERIOD) - firstWeek) / PERIOD : 0;
        for (int i = 0; i < PERIOD; i++) {
            season[i] = series[i] - firstWeek;
        }
        seen = PERIOD;
        squaredError = 0;
        for (int t = PERIOD; t < series.length; t++) {
            double predicted = forecast(1);
            double error = series[t] - predicted;
            squaredError += error * error;
            int weekday = t % PERIOD;
            double previousLevel = level;
            level = alpha * (series[t] - season[weekday]) + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
            season[weekday] = gamma * (series[t] - level) + (1 - gamma) * season[weekday];
            seen = t + 1;
        }
        return this;
    }

    /** The value expected {@code steps} days after the last day seen (1 = the next day), never below 0. */
    double forecast(int steps) {
        return Math.max(0, level + steps * trend + season[(seen + steps - 1) % PERIOD]);
    }

    String parameters() {
        return "alpha=" + alpha + " beta=" + beta + " gamma=" + gamma;
    }

    private static double mean(double[] series, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += series[i];
        }
        return sum / (to - from);
    }
}
