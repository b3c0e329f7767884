package cloud.olympus.server.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.analytics.forecast.DailyHistory.Measure;
import cloud.olympus.server.commerce.HourSales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Businesses' hours added up per business day, each day on its own business's calendar. */
class DailyHistoryTests {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate DATE = LocalDate.of(2026, 11, 5);

    @Test
    void eachBusinessCountsItsHoursOnItsOwnBusinessDays() {
        // 02:00 on the 3rd is the 3rd where the day starts at midnight, the 2nd where it starts at 04:00.
        DailyHistory.Sold midnight = new DailyHistory.Sold(List.of(sold(3, 2, "10.00", 1), sold(4, 12, "5.00", 2)), LocalTime.MIDNIGHT);
        DailyHistory.Sold early = new DailyHistory.Sold(List.of(sold(3, 2, "7.00", 3), sold(3, 12, "1.00", 1)), LocalTime.of(4, 0));

        DailyHistory summed = DailyHistory.summed(List.of(midnight, early), FROM, DATE);

        assertThat(summed.first()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(summed.series(Measure.REVENUE)).containsExactly(7, 11, 5);
        assertThat(summed.series(Measure.ORDERS)).containsExactly(1, 2, 1);
        assertThat(summed.series(Measure.UNITS)).containsExactly(3, 2, 2);
        // A Tuesday is shaped by the 3rd alone: the first business's 02:00 and the second's noon.
        assertThat(summed.hourShares(Measure.REVENUE, LocalDate.of(2026, 11, 10), 8)[2]).isEqualTo(10.0 / 11);
    }

    @Test
    void oneBusinessIsItsOwnHistory() {
        List<HourSales> hours = List.of(sold(2, 9, "4.00", 1), sold(4, 9, "6.00", 1));
        DailyHistory alone = DailyHistory.of(hours, FROM, DATE, LocalTime.MIDNIGHT);
        assertThat(alone.series(Measure.REVENUE)).containsExactly(4, 0, 6);
        assertThat(DailyHistory.summed(List.of(new DailyHistory.Sold(hours, LocalTime.MIDNIGHT)), FROM, DATE).series(Measure.REVENUE))
                .containsExactly(alone.series(Measure.REVENUE));
    }

    private static HourSales sold(int day, int hour, String revenue, long units) {
        return new HourSales(LocalDate.of(2026, 11, day).atTime(hour, 0), 1, new BigDecimal(revenue), BigDecimal.ZERO, units);
    }
}
