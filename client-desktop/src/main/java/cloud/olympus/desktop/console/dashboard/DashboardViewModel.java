package cloud.olympus.desktop.console.dashboard;

import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.DaySales;
import cloud.olympus.client.manager.LabourHour;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.manager.ScreenFigures;
import cloud.olympus.fx.manager.TodayViewModel;
import cloud.olympus.fx.watch.Later;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;

/**
 * The console's dashboard: the day's figures as the tablet shows them ({@link TodayViewModel}: tiles,
 * sales by hour against last week with the forecast, best sellers, payment mix, ...), and beside them
 * the last four weeks' sales day by day and the day's labour against its sales hour by hour; for the
 * location picked in the console's header or the whole organisation. Live sales read them again.
 */
public final class DashboardViewModel {

    /** How many business days the trend covers, the one under way included. */
    public static final int TREND_DAYS = 28;

    /** The calls behind the dashboard beyond the day's figures; {@link #of(ManagerApi)} makes them over HTTP. */
    public interface Source {
        BusinessDay businessDay();

        List<DaySales> salesByDay(LocalDate from, LocalDate to, UUID locationId);

        List<LabourHour> labourByHour(LocalDate day, UUID locationId);

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public BusinessDay businessDay() {
                    return api.businessDay();
                }

                @Override
                public List<DaySales> salesByDay(LocalDate from, LocalDate to, UUID locationId) {
                    return api.salesByDay(from, to, locationId);
                }

                @Override
                public List<LabourHour> labourByHour(LocalDate day, UUID locationId) {
                    return api.labourByHour(day, locationId);
                }
            };
        }
    }

    /** The trend and the labour of the day shown, as kept. */
    public record Beyond(LocalDate day, List<DaySales> trend, List<LabourHour> labour) {
        public Beyond {
            trend = trend == null ? List.of() : List.copyOf(trend);
            labour = labour == null ? List.of() : List.copyOf(labour);
        }
    }

    private final Source source;
    private final TodayViewModel.Source todaySource;
    private final ScreenFigures<TodayViewModel.Today> today;
    private final ScreenFigures<Beyond> beyond;
    private final ObjectProperty<Place> place;
    private final Executor background;
    private final Executor ui;
    private final Later later;
    private final Clock clock;
    private TodayViewModel day;

    /** @param place the location shown (null: the whole business), shared with the console's header */
    public DashboardViewModel(Source source, TodayViewModel.Source todaySource, ScreenFigures<TodayViewModel.Today> today,
                              ScreenFigures<Beyond> beyond, ObjectProperty<Place> place, Executor background, Executor ui,
                              Later later, Clock clock) {
        this.source = source;
        this.todaySource = todaySource;
        this.today = today;
        this.beyond = beyond;
        this.place = place;
        this.background = background;
        this.ui = ui;
        this.later = later;
        this.clock = clock;
        // Each reading counts, even one equal to the last: the labour may have moved without the sales.
        today.valueProperty().addListener((javafx.beans.InvalidationListener) obs -> {
            TodayViewModel.Today now = today.valueProperty().get();
            if (now != null && now.dashboard() != null) {
                readBeyond(now.dashboard().date());
            }
        });
    }

    public ScreenFigures<TodayViewModel.Today> today() {
        return today;
    }

    public ScreenFigures<Beyond> beyond() {
        return beyond;
    }

    /**
     * Learns how the business counts its days (midnight on this computer's clock when that cannot be
     * had), then reads the figures of the day under way.
     */
    public void start() {
        if (day != null) {
            day.refresh();
            return;
        }
        background.execute(() -> {
            BusinessDay days;
            try {
                days = source.businessDay();
            } catch (RuntimeException e) {
                days = BusinessDay.midnight(ZoneId.systemDefault());
            }
            BusinessDay counted = days;
            ui.execute(() -> {
                day = new TodayViewModel(todaySource, today, background, ui, later, clock, counted);
                day.placeProperty().set(place.get());
                place.addListener((obs, old, now) -> day.placeProperty().set(now));
                day.refresh();
            });
        });
    }

    /** A sale was completed or refunded: the figures are read again shortly, once for a rush. */
    public void salesChanged() {
        if (day != null) {
            day.salesChanged();
        }
    }

    /** Reads everything again. */
    public void refresh() {
        if (day != null) {
            day.refresh();
        }
    }

    /** The chart's hours as of now; the whole day before the business's day is known. */
    public List<TodayViewModel.HourPoint> hoursSoFar(TodayViewModel.Today shown) {
        return day == null ? TodayViewModel.hours(shown) : day.hoursSoFar(shown);
    }

    private void readBeyond(LocalDate date) {
        UUID location = place.get() == null ? null : place.get().id();
        beyond.cancel();
        beyond.loadPartly(location, failed -> {
            List<DaySales> trend = List.of();
            List<LabourHour> labour = List.of();
            try {
                trend = source.salesByDay(date.minusDays(TREND_DAYS - 1L), date, location);
            } catch (RuntimeException e) {
                failed.accept(e);
            }
            try {
                labour = source.labourByHour(date, location);
            } catch (RuntimeException e) {
                failed.accept(e);
            }
            return new Beyond(date, trend, labour);
        });
    }

    /** The trend with every day of the period, a day without sales as zero, oldest first. */
    public static List<DaySales> everyDay(Beyond shown) {
        java.util.Map<LocalDate, DaySales> byDay = new java.util.HashMap<>();
        shown.trend().forEach(d -> byDay.put(d.day(), d));
        return java.util.stream.IntStream.range(0, TREND_DAYS)
                .mapToObj(i -> shown.day().minusDays(TREND_DAYS - 1L - i))
                .map(d -> byDay.getOrDefault(d, new DaySales(d, java.math.BigDecimal.ZERO, 0))).toList();
    }
}
