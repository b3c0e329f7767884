package cloud.olympus.server.analytics.forecast;

import cloud.olympus.server.commerce.HourSales;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The business's days before a date, as the forecasts read them: revenue, orders and units per
 * business day and per hour of the business's clock. Days before the first that had an order are
 * not history: a business that opened six weeks ago has six weeks of it.
 */
final class DailyHistory {

    enum Measure { REVENUE, ORDERS, UNITS }

    /** The first day kept (the first with an order), and how many days follow it up to the day before the forecast. */
    private final LocalDate first;
    private final double[][] daily;
    private final double[][][] hourly;

    private DailyHistory(LocalDate first, double[][] daily, double[][][] hourly) {
        this.first = first;
        this.daily = daily;
        this.hourly = hourly;
    }

    /** One business's hours, sorted into business days starting at {@code dayStart} on its clock. */
    record Sold(List<HourSales> hours, LocalTime dayStart) {
    }

    /** The hours from {@code from} up to the day before {@code date}, sorted into business days starting at {@code dayStart}. */
    static DailyHistory of(List<HourSales> hours, LocalDate from, LocalDate date, LocalTime dayStart) {
        return summed(List.of(new Sold(hours, dayStart)), from, date);
    }

    /**
     * Several businesses' hours added up per business day (each day on its own business's calendar) and
     * per hour of each one's clock, as an organisation's dashboard adds up its locations; the history
     * starts on the first day any of them had an order.
     */
    static DailyHistory summed(List<Sold> businesses, LocalDate from, LocalDate date) {
        int span = (int) (date.toEpochDay() - from.toEpochDay());
        double[][] daily = new double[Measure.values().length][span];
        double[][][] hourly = new double[Measure.values().length][span][24];
        int firstSold = span;
        for (Sold business : businesses) {
            for (HourSales hour : business.hours()) {
                int day = (int) (businessDate(hour.hour(), business.dayStart()).toEpochDay() - from.toEpochDay());
                if (day < 0 || day >= span) {
                    continue;
                }
                double[] values = {hour.revenue().doubleValue(), hour.orders(), hour.items()};
                for (Measure measure : Measure.values()) {
                    daily[measure.ordinal()][day] += values[measure.ordinal()];
                    hourly[measure.ordinal()][day][hour.hour().getHour()] += values[measure.ordinal()];
                }
                if (hour.orders() > 0) {
                    firstSold = Math.min(firstSold, day);
                }
            }
        }
        double[][] kept = new double[daily.length][];
        double[][][] keptHours = new double[daily.length][][];
        for (int m = 0; m < daily.length; m++) {
            kept[m] = java.util.Arrays.copyOfRange(daily[m], firstSold, span);
            keptHours[m] = java.util.Arrays.copyOfRange(hourly[m], firstSold, span);
        }
        return new DailyHistory(from.plusDays(firstSold), kept, keptHours);
    }

    static LocalDate businessDate(LocalDateTime hour, LocalTime dayStart) {
        return hour.toLocalTime().isBefore(dayStart) ? hour.toLocalDate().minusDays(1) : hour.toLocalDate();
    }

    LocalDate first() {
        return first;
    }

    int days() {
        return daily[0].length;
    }

    double[] series(Measure measure) {
        return daily[measure.ordinal()];
    }

    /**
     * How {@code day}'s weekday spreads {@code measure} over the hours: the share of each hour over the
     * last {@code weeks} same weekdays, or over every day when those had none; all zero with no history.
     */
    double[] hourShares(Measure measure, LocalDate day, int weeks) {
        double[] sums = new double[24];
        int counted = 0;
        for (int i = days() - 1; i >= 0 && counted < weeks; i--) {
            if (first.plusDays(i).getDayOfWeek() == day.getDayOfWeek()) {
                add(sums, hourly[measure.ordinal()][i]);
                counted++;
            }
        }
        if (total(sums) == 0) {
            for (double[] dayHours : hourly[measure.ordinal()]) {
                add(sums, dayHours);
            }
        }
        double total = total(sums);
        if (total > 0) {
            for (int h = 0; h < 24; h++) {
                sums[h] /= total;
            }
        }
        return sums;
    }

    private static void add(double[] into, double[] values) {
        for (int h = 0; h < 24; h++) {
            into[h] += values[h];
        }
    }

    private static double total(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
