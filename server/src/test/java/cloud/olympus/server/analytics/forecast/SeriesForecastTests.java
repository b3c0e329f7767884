package cloud.olympus.server.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model and its measurements on series made up for the purpose. */
class SeriesForecastTests {

    /** A week of a restaurant: quiet Monday, busy Friday and Saturday, closed Sunday. */
    private static final double[] WEEK = {400, 450, 500, 600, 900, 1100, 0};

    static double[] weekly(int days, double noise, long seed) {
        Random random = new Random(seed);
        double[] series = new double[days];
        for (int i = 0; i < days; i++) {
            series[i] = Math.max(0, WEEK[i % 7] * (1 + noise * random.nextGaussian()));
        }
        return series;
    }

    @Test
    void aCleanWeeklyPatternIsForecastWithinAFewPercentAndBeatsTheMovingAverage() {
        double[] history = weekly(84, 0.0, 1);
        SeriesForecast forecast = SeriesForecast.of(history, 8, true);

        assertThat(forecast.method()).isEqualTo("holt_winters_weekly");
        for (int h = 0; h < 8; h++) {
            double actual = WEEK[(84 + h) % 7];
            assertThat(forecast.expected()[h]).as("day %d ahead", h + 1).isCloseTo(actual, within(Math.max(5, actual * 0.03)));
        }
        assertThat(forecast.backtest().mapePercent()).isLessThan(3.0);
        assertThat(forecast.backtest().baselineMapePercent()).isGreaterThan(20.0);
        assertThat(forecast.backtest().zeroDaysSkipped()).isEqualTo(4);
    }

    @Test
    void aNoisyWeeklyPatternBeatsTheMovingAverageAndItsIntervalCoversAboutEightyPercent() {
        double[] history = weekly(119, 0.1, 7);
        SeriesForecast forecast = SeriesForecast.of(history, 8, true);

        assertThat(forecast.backtest().mapePercent()).isLessThan(forecast.backtest().baselineMapePercent());
        assertThat(forecast.backtest().mapePercent()).isLessThan(15.0);
        assertThat(forecast.backtest().coveragePercent()).isBetween(55.0, 100.0);
        for (int h = 0; h < 8; h++) {
            assertThat(forecast.low()[h]).isLessThanOrEqualTo(forecast.expected()[h]);
            assertThat(forecast.high()[h]).isGreaterThanOrEqualTo(forecast.expected()[h]);
        }
        // A busy Friday is forecast higher, and more widely, than a quiet Monday.
        int friday = indexOf(119, 4);
        int monday = indexOf(119, 0);
        assertThat(forecast.expected()[friday]).isGreaterThan(forecast.expected()[monday]);
    }

    @Test
    void theIntervalIsMeasuredNotConstant() {
        SeriesForecast calm = SeriesForecast.of(weekly(84, 0.02, 3), 2, true);
        SeriesForecast wild = SeriesForecast.of(weekly(84, 0.3, 3), 2, true);

        double calmWidth = calm.high()[0] - calm.low()[0];
        double wildWidth = wild.high()[0] - wild.low()[0];
        assertThat(wildWidth).isGreaterThan(4 * calmWidth);
    }

    @Test
    void aFlatSeriesForecastsItsLevelWithANarrowInterval() {
        double[] flat = new double[60];
        java.util.Arrays.fill(flat, 250);
        SeriesForecast forecast = SeriesForecast.of(flat, 7, true);

        for (int h = 0; h < 7; h++) {
            assertThat(forecast.expected()[h]).isCloseTo(250, within(0.5));
            assertThat(forecast.high()[h] - forecast.low()[h]).isLessThan(1.0);
        }
        assertThat(forecast.backtest().mapePercent()).isLessThan(0.5);
        assertThat(forecast.backtest().coveragePercent()).isNotNull();
    }

    @Test
    void aShortHistoryFallsBackToTheMovingAverageWithItsOwnMeasuredSpread() {
        double[] history = {100, 120, 80, 110, 90, 130, 70, 100, 105, 95};
        SeriesForecast forecast = SeriesForecast.of(history, 2, true);

        assertThat(forecast.method()).isEqualTo("moving_average_7");
        assertThat(forecast.historyDays()).isEqualTo(10);
        double lastWeek = (110 + 90 + 130 + 70 + 100 + 105 + 95) / 7.0;
        assertThat(forecast.expected()[0]).isCloseTo(lastWeek, within(1e-9));
        assertThat(forecast.low()[0]).isLessThan(forecast.expected()[0]);
        assertThat(forecast.high()[0]).isGreaterThan(forecast.expected()[0]);
        assertThat(forecast.backtest().days()).isEqualTo(9);
    }

    @Test
    void noHistoryForecastsNothingAndMeasuresNothing() {
        SeriesForecast forecast = SeriesForecast.of(new double[0], 2, true);

        assertThat(forecast.expected()).containsExactly(0, 0);
        assertThat(forecast.low()).containsExactly(0, 0);
        assertThat(forecast.high()).containsExactly(0, 0);
        assertThat(forecast.backtest()).isEqualTo(SeriesForecast.Backtest.NONE);
    }

    @Test
    void anItemSoldNowAndThenIsForecastByTheMovingAverageAndSaysWhy() {
        double[] units = new double[56];
        units[3] = 2;
        units[20] = 1;
        units[40] = 3;
        ItemSeries item = ItemSeries.of(units, 2);

        assertThat(item.forecast().method()).isEqualTo("moving_average_7");
        assertThat(item.note()).contains("sold on 3 of 56 days");
        assertThat(ItemSeries.of(weekly(56, 0.05, 5), 2).note()).isNull();
    }

    @Test
    void anItemNeverSoldExpectsNothing() {
        ItemSeries item = ItemSeries.of(new double[30], 3);

        assertThat(item.forecast().expected()).containsExactly(0, 0, 0);
        assertThat(item.forecast().high()).containsExactly(0, 0, 0);
        assertThat(item.forecast().backtest().mapePercent()).isNull();
    }

    /** The step (0 = the day after the history) that falls on {@code weekday} of {@link #WEEK}. */
    private static int indexOf(int historyDays, int weekday) {
        for (int h = 0; h < 7; h++) {
            if ((historyDays + h) % 7 == weekday) {
                return h;
            }
        }
        throw new IllegalStateException();
    }
}
