package cloud.olympus.fx.manager;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.Forecast;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import java.math.BigDecimal;
import java.math.RoundingMode;
import cloud.olympus.fx.watch.Later;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The day at a glance: takings, orders and the average order with their trend against yesterday
 * and the same day last week, sales hour by hour against last week with the forecast's expected
 * curve and interval, the peak hours, the best sellers and categories, the payment mix, customers,
 * stock and staff; for the whole organisation or one of its locations. Kept current by the live
 * sales ({@link #salesChanged()}).
 */
public final class TodayViewModel {

    /** The calls behind the screen; {@link #of(ManagerApi)} makes them over HTTP. */
    public interface Source {
        Dashboard dashboard(LocalDate day, UUID locationId);

        Forecast forecast(LocalDate day, UUID locationId);

        List<Place> places();

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public Dashboard dashboard(LocalDate day, UUID locationId) {
                    return api.dashboard(day, locationId);
                }

                @Override
                public Forecast forecast(LocalDate day, UUID locationId) {
                    return api.forecast("day", day, locationId);
                }

                @Override
                public List<Place> places() {
                    return api.locations();
                }
            };
        }
    }

    /** The screen's figures as kept: the forecast is null where the server has none. */
    public record Today(Dashboard dashboard, Forecast forecast) {
    }

    /** One tile: a figure, whether it is money, and its change in percent against yesterday and last week (null: nothing to compare). */
    public record Kpi(String key, BigDecimal value, boolean money, BigDecimal vsYesterday, BigDecimal vsLastWeek) {
    }

    /** How a {@link Fact}'s value reads: a count, an amount of money, or a percentage. */
    public enum Unit { COUNT, MONEY, PERCENT }

    /** One figure of a section (customers, stock, staff): its message key and value; null when there is nothing to measure. */
    public record Fact(String key, BigDecimal value, Unit unit) {
    }

    /** One hour of the chart: today, the same hour last week, and what the forecast expected (null without one). */
    public record HourPoint(int hour, BigDecimal revenue, BigDecimal lastWeek, BigDecimal expected, BigDecimal low,
                            BigDecimal high) {
    }

    /** How long the screen waits after a sale before reading the figures again, so a rush reads them once. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    private final Source source;
    private final Later later;
    private final AtomicBoolean refreshDue = new AtomicBoolean();
    private final ScreenFigures<Today> figures;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final BusinessDay days;
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObservableList<Place> placesView = FXCollections.unmodifiableObservableList(places);
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();

    /**
     * @param later schedules the refresh that follows live sales ({@link #salesChanged()})
     */
    public TodayViewModel(Source source, ScreenFigures<Today> figures, Executor background, Executor ui, Later later, Clock clock,
                          BusinessDay days) {
        this.source = source;
        this.later = later;
        this.figures = figures;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.days = days;
        place.addListener((obs, old, now) -> refresh());
    }

    public ScreenFigures<Today> figures() {
        return figures;
    }

    /** The organisation's locations to pick from; empty for a business on its own. */
    public ObservableList<Place> places() {
        return placesView;
    }

    /** The location picked, or null for the whole business (rolled up over its locations). */
    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    /** The locations first (once), then the figures. */
    public void start() {
        background.execute(() -> {
            try {
                List<Place> found = source.places();
                ui.execute(() -> places.setAll(found));
            } catch (RuntimeException e) {
                // Without the list, the whole business is still shown.
            }
        });
        refresh();
    }

    /**
     * A sale was completed or refunded somewhere: the figures are read again {@link #SETTLE} later,
     * once for all the sales heard meanwhile, so the screen is never more than a few seconds behind.
     */
    public void salesChanged() {
        if (refreshDue.compareAndSet(false, true)) {
            later.schedule(SETTLE, () -> {
                refreshDue.set(false);
                ui.execute(this::refresh);
            });
        }
    }

    /**
     * Reads the business day under way as the server counts it (the dashboard asked without a date),
     * then that day's forecast. A forecast that cannot be had leaves the day without its expected
     * curve: silently where the server has none (404), else with what went wrong as the problem.
     */
    public void refresh() {
        UUID location = place.get() == null ? null : place.get().id();
        // The reading under way (perhaps of the location picked before) is not shown: the last asked is.
        figures.cancel();
        figures.loadPartly(location, failed -> {
            Dashboard dashboard = source.dashboard(null, location);
            Forecast forecast = null;
            try {
                forecast = source.forecast(dashboard.date(), location);
            } catch (OlympusApiException e) {
                if (e.status() != 404) {
                    failed.accept(e);
                }
            } catch (RuntimeException e) {
                failed.accept(e);
            }
            return new Today(dashboard, forecast);
        });
    }

    /** Revenue, orders and the average order, with their trends. */
    public static List<Kpi> kpis(Dashboard d) {
        Dashboard.Sales s = d.sales();
        Dashboard.Comparison y = s.vsYesterday();
        Dashboard.Comparison w = s.vsLastWeek();
        return List.of(
                new Kpi("mobile.today.revenue", s.revenue(), true, y == null ? null : y.revenueChangePercent(),
                        w == null ? null : w.revenueChangePercent()),
                new Kpi("mobile.today.orders", BigDecimal.valueOf(s.orders()), false,
                        y == null ? null : change(BigDecimal.valueOf(s.orders()), BigDecimal.valueOf(y.orders())),
                        w == null ? null : change(BigDecimal.valueOf(s.orders()), BigDecimal.valueOf(w.orders()))),
                new Kpi("mobile.today.average", s.averageOrder(), true,
                        y == null ? null : change(s.averageOrder(), average(y, d.currency())),
                        w == null ? null : change(s.averageOrder(), average(w, d.currency()))));
    }

    /** The (up to three) best hours, best first, as {@code 12:00–13:00}. */
    public static List<String> peakHours(Dashboard d) {
        return d.peakHours().stream().map(h -> String.format("%02d:00–%02d:00", h, (h + 1) % 24)).toList();
    }

    /** New and returning customers of the day, loyalty members and those lapsing. */
    public static List<Fact> customers(Dashboard d) {
        Dashboard.Customers c = d.customers();
        if (c == null) {
            return List.of();
        }
        return List.of(count("mobile.today.customers.new", c.newCustomers()), count("mobile.today.customers.returning", c.returning()),
                count("mobile.today.customers.loyalty", c.loyaltyMembers()), count("mobile.today.customers.at_risk", c.atRisk()));
    }

    /** Items low on stock, items likely to run out within a week, and what the stock is worth. */
    public static List<Fact> inventory(Dashboard d) {
        Dashboard.Inventory i = d.inventory();
        if (i == null) {
            return List.of();
        }
        return List.of(count("mobile.today.inventory.low", i.lowStock()), count("mobile.today.inventory.risk", i.stockOutRisk()),
                new Fact("mobile.today.inventory.value", i.stockValue(), Unit.MONEY));
    }

    /** People clocked in now, the day's labour cost and its share of the sales. */
    public static List<Fact> staff(Dashboard d) {
        Dashboard.Staff s = d.staff();
        if (s == null) {
            return List.of();
        }
        return List.of(count("mobile.today.staff.on_shift", s.onShiftNow()),
                new Fact("mobile.today.staff.labour", s.labourCost(), Unit.MONEY),
                new Fact("mobile.today.staff.labour_percent", s.labourPercentOfSales(), Unit.PERCENT));
    }

    private static Fact count(String key, long value) {
        return new Fact(key, BigDecimal.valueOf(value), Unit.COUNT);
    }

    /**
     * The chart's hours as of now: on the figures of the business day under way, the hours still to
     * come have no sales yet (null, so today's line stops at the current hour) but keep last week's
     * and the forecast's. The day's hours run from its start (04:00 say) round to the hour before it.
     */
    public List<HourPoint> hoursSoFar(Today today) {
        List<HourPoint> all = hours(today);
        java.time.Instant now = clock.instant();
        if (!days.dateAt(now).equals(today.dashboard().date())) {
            return all;
        }
        int first = days.firstHour();
        int hoursIn = Math.floorMod(now.atZone(days.zone()).getHour() - first, 24);
        return all.stream().map(p -> Math.floorMod(p.hour() - first, 24) <= hoursIn ? p
                : new HourPoint(p.hour(), null, p.lastWeek(), p.expected(), p.low(), p.high())).toList();
    }

    /** The 24 hours of the chart, today's forecast laid over them where there is one. */
    public static List<HourPoint> hours(Today today) {
        List<HourPoint> points = new ArrayList<>();
        List<Forecast.Hour> expected = today.forecast() == null ? List.of() : today.forecast().todayHours();
        for (Dashboard.Hour h : today.dashboard().byHour()) {
            Forecast.Hour f = expected.stream().filter(e -> e.hour() == h.hour()).findFirst().orElse(null);
            points.add(new HourPoint(h.hour(), h.revenue(), h.lastWeekRevenue(), f == null ? null : f.expected(),
                    f == null ? null : f.low(), f == null ? null : f.high()));
        }
        return points;
    }

    /** The change from {@code before} to {@code now} in percent, one decimal; null when there was nothing before. */
    static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    /** The other day's average order, to the currency's minor unit (none for yen, three for dinars) as the server rounds it. */
    static BigDecimal average(Dashboard.Comparison c, String currency) {
        return c.orders() == 0 || c.revenue() == null ? null
                : c.revenue().divide(BigDecimal.valueOf(c.orders()), fractionDigits(currency), RoundingMode.HALF_UP);
    }

    private static int fractionDigits(String currency) {
        try {
            int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
