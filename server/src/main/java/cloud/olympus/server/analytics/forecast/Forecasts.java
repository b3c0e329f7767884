package cloud.olympus.server.analytics.forecast;

import cloud.olympus.server.analytics.forecast.DailyHistory.Measure;
import cloud.olympus.server.analytics.BusinessDays;
import cloud.olympus.server.commerce.DemandHistory;
import cloud.olympus.server.commerce.HourSales;
import cloud.olympus.server.commerce.SalesByHour;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.ItemNotFound;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Forecasts from the business's own history (commerce's hourly sales and per-item units, never its
 * tables; an organisation's sales with its locations', each on its own business days): the weekly model of {@link HoltWinters} on up to {@link #HISTORY_DAYS} days before the
 * forecast's date, its intervals and backtest as {@link SeriesForecast} measures them, and the hours
 * of a day from that day's forecast times its weekday's share of each hour over the last
 * {@link #SHAPE_WEEKS} same weekdays (the interval scaled the same way).
 *
 * <p>The day {@code date} itself is never history (it may be under way): its forecast is one day
 * ahead of the last day known, the days after it two days ahead and more, each with the errors of its
 * own horizon. An item is forecast on the business's history span; one sold on fewer than half of
 * those days is too sparse for a weekly pattern and gets the 7-day moving average, said in {@code note}.
 */
@Service
public class Forecasts {

    public static final int HISTORY_DAYS = 119;
    static final int SHAPE_WEEKS = 8;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public enum Horizon {
        DAY(1), WEEK(7);

        final int days;

        Horizon(int days) {
            this.days = days;
        }
    }

    private final SalesByHour sales;
    private final DemandHistory demand;
    private final Catalogue catalogue;
    private final Tenants tenants;
    private final Clock clock;

    Forecasts(SalesByHour sales, DemandHistory demand, Catalogue catalogue, Tenants tenants, Clock clock) {
        this.sales = sales;
        this.demand = demand;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The place asked about: the tenant in context (null) or one of its locations; any other id is not there. */
    public UUID place(UUID locationId) {
        UUID caller = TenantContext.require();
        if (locationId != null && !locationId.equals(caller) && !tenants.isLocationOf(locationId, caller)) {
            throw new NotFound("Location");
        }
        return locationId == null ? caller : locationId;
    }

    /** The business day under way at the tenant in context. */
    public LocalDate today() {
        return tenants.settingsOf(TenantContext.require()).businessDate(clock.instant());
    }

    /**
     * Sales (revenue net of refunds) at the place after {@code date} (null: today); an organisation's
     * are its own and its locations' added up, as its dashboard adds them.
     */
    public Forecast sales(UUID locationId, LocalDate date, Horizon horizon) {
        UUID place = place(locationId);
        return TenantContext.callAs(place, () -> {
            LocalDate day = checked(date);
            TenantSettings settings = tenants.settingsOf(place);
            DailyHistory history = salesHistory(place, day);
            SeriesForecast series = SeriesForecast.of(history.series(Measure.REVENUE), horizon.days + 1, true);
            String note = series.method().equals(SeriesForecast.HOLT_WINTERS) ? null
                    : series.historyDays() + " days of history, fewer than " + HoltWinters.MIN_DAYS
                      + " for a weekly pattern: 7-day moving average";
            return shape("sales", null, settings.currency().getCurrencyCode(), settings.scale(), series, history, Measure.REVENUE,
                    day, horizon, note);
        });
    }

    /**
     * An item's units sold after {@code date} (null: today) at the place whose catalogue has it: the
     * place asked, or for an organisation asked as a whole, the organisation or the location that sells
     * it (each has a catalogue of its own, item ids included, so an item sells at one place only); an
     * item none of them has is a 404.
     */
    public Forecast item(UUID locationId, UUID itemId, LocalDate date, Horizon horizon) {
        UUID place = sellerOf(place(locationId), itemId);
        return TenantContext.callAs(place, () -> {
            LocalDate day = checked(date);
            TenantSettings settings = tenants.settingsOf(place);
            DailyHistory history = history(List.of(place), day);
            double[] units = itemSeries(history, day).getOrDefault(itemId, new double[history.days()]);
            ItemSeries item = ItemSeries.of(units, horizon.days + 1);
            return shape("item", itemId, "units", 1, item.forecast(), history, Measure.UNITS, day, horizon, item.note());
        });
    }

    /**
     * The orders expected in each hour of the {@code days} days after {@code date}, at the tenant in
     * context: index 0 is the day after {@code date}, each day 24 hours of the business's clock.
     */
    public List<HourlyOrders> hourlyOrders(LocalDate date, int days) {
        DailyHistory history = history(List.of(TenantContext.require()), date);
        SeriesForecast series = SeriesForecast.of(history.series(Measure.ORDERS), days + 1, true);
        List<HourlyOrders> out = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            LocalDate day = date.plusDays(d);
            double[] shares = history.hourShares(Measure.ORDERS, day, SHAPE_WEEKS);
            double[] expected = new double[24];
            double[] high = new double[24];
            for (int h = 0; h < 24; h++) {
                expected[h] = series.expected()[d] * shares[h];
                high[h] = series.high()[d] * shares[h];
            }
            out.add(new HourlyOrders(day, expected, high));
        }
        return out;
    }

    /** Orders expected per hour of a day (index = hour of the business's clock), and the top of their 80 % interval. */
    public record HourlyOrders(LocalDate date, double[] expected, double[] high) {
    }

    /** Every item's units for {@code steps} days from {@code date} + 1, at the tenant in context; items never sold are left out. */
    Map<UUID, ItemSeries> itemsAhead(LocalDate date, int steps) {
        DailyHistory history = history(List.of(TenantContext.require()), date);
        Map<UUID, ItemSeries> out = new HashMap<>();
        itemSeries(history, date).forEach((item, units) -> out.put(item, ItemSeries.of(units, steps)));
        return out;
    }

    /** The place and, for an organisation, its locations: the businesses whose sales its forecast adds up. */
    private List<UUID> sellers(UUID place) {
        List<UUID> sellers = new ArrayList<>();
        sellers.add(place);
        tenants.locationsOf(place).forEach(location -> sellers.add(location.id()));
        return sellers;
    }

    /** The place itself when its catalogue has the item, else the first of its locations whose catalogue has it. */
    private UUID sellerOf(UUID place, UUID itemId) {
        for (UUID seller : sellers(place)) {
            if (TenantContext.callAs(seller, () -> catalogue.find(itemId)).isPresent()) {
                return seller;
            }
        }
        throw new ItemNotFound();
    }

    /**
     * The history before {@code date} of the businesses added up, each read in its own context and
     * sorted into its own business days ({@link BusinessDays}, the dashboard's days).
     */
    DailyHistory history(List<UUID> businesses, LocalDate date) {
        LocalDate from = date.minusDays(HISTORY_DAYS);
        List<DailyHistory.Sold> sold = new ArrayList<>();
        for (UUID business : businesses) {
            TenantSettings settings = tenants.settingsOf(business);
            List<HourSales> hours = TenantContext.callAs(business, () -> sales.between(BusinessDays.start(from, settings),
                    BusinessDays.start(date, settings), settings.zone()));
            sold.add(new DailyHistory.Sold(hours, BusinessDays.startTime(settings)));
        }
        return DailyHistory.summed(sold, from, date);
    }

    /** The history an organisation's sales forecast (or a single business's) reads. */
    DailyHistory salesHistory(UUID place, LocalDate date) {
        return history(sellers(place), date);
    }

    private Map<UUID, double[]> itemSeries(DailyHistory history, LocalDate date) {
        Map<UUID, double[]> series = new HashMap<>();
        if (history.days() == 0) {
            return series;
        }
        for (DemandHistory.ItemDay day : demand.unitsPerDay(history.first(), date.minusDays(1))) {
            int index = (int) (day.date().toEpochDay() - history.first().toEpochDay());
            series.computeIfAbsent(day.itemId(), k -> new double[history.days()])[index] += day.units();
        }
        return series;
    }

    private LocalDate checked(LocalDate date) {
        LocalDate today = today();
        if (date == null) {
            return today;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(today)) {
            throw new InvalidInput("date must be a day from 2000-01-01 to today (" + today + ")").field("date");
        }
        return date;
    }

    private static Forecast shape(String target, UUID itemId, String unit, int scale, SeriesForecast series, DailyHistory history,
                                  Measure measure, LocalDate date, Horizon horizon, String note) {
        List<Forecast.Day> days = new ArrayList<>();
        for (int d = 1; d <= horizon.days; d++) {
            days.add(new Forecast.Day(date.plusDays(d), round(series.expected()[d], scale), round(series.low()[d], scale),
                    round(series.high()[d], scale)));
        }
        SeriesForecast.Backtest b = series.backtest();
        return new Forecast(target, itemId, unit, series.method(), Forecast.INTERVAL_PERCENT, series.historyDays(), days,
                hours(series, 1, history.hourShares(measure, date.plusDays(1), SHAPE_WEEKS), scale),
                hours(series, 0, history.hourShares(measure, date, SHAPE_WEEKS), scale),
                new Forecast.Backtest(b.days(), percent(b.mapePercent()), SeriesForecast.MOVING_AVERAGE,
                        percent(b.baselineMapePercent()), percent(b.coveragePercent()), b.zeroDaysSkipped()),
                note);
    }

    private static List<Forecast.Hour> hours(SeriesForecast series, int step, double[] shares, int scale) {
        List<Forecast.Hour> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new Forecast.Hour(h, round(series.expected()[step] * shares[h], scale), round(series.low()[step] * shares[h], scale),
                    round(series.high()[step] * shares[h], scale)));
        }
        return hours;
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(Double value) {
        return value == null ? null : round(value, 1);
    }
}
