package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.Forecast;
import cloud.olympus.client.manager.Place;
import cloud.olympus.client.Problem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Today screen's figures read from a dashboard and a forecast shaped as the analytics contract gives them. */
class TodayViewModelTest {

    private final Dashboard dashboard = Fixtures.read("dashboard.json", Dashboard.class);
    private final Forecast forecast = Fixtures.read("forecast.json", Forecast.class);

    @Test
    void everyFieldOfTheContractIsRead() {
        assertThat(dashboard.organisation()).isTrue();
        assertThat(dashboard.sales().refunds()).isEqualByComparingTo("12.50");
        assertThat(dashboard.sales().items()).isEqualTo(150);
        assertThat(dashboard.topCategories()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Pizza");
            assertThat(c.quantity()).isEqualTo(44);
        });
        assertThat(dashboard.paymentMix()).extracting(Dashboard.PaymentShare::method).containsExactly("card", "cash");
        assertThat(dashboard.locations()).extracting(Dashboard.LocationSales::name).containsExactly("Downtown", "Harbour");
        assertThat(forecast.backtest().zeroDaysSkipped()).isZero();
        assertThat(forecast.intervalPercent()).isEqualTo(80);
    }

    @Test
    void tilesCarryTheirTrendAgainstYesterdayAndLastWeek() {
        List<TodayViewModel.Kpi> kpis = TodayViewModel.kpis(dashboard);

        assertThat(kpis).extracting(TodayViewModel.Kpi::key)
                .containsExactly("mobile.today.revenue", "mobile.today.orders", "mobile.today.average");
        assertThat(kpis.get(0).vsYesterday()).isEqualByComparingTo("20.0");
        assertThat(kpis.get(0).vsLastWeek()).isEqualByComparingTo("-20.0");
        assertThat(kpis.get(1).vsYesterday()).isEqualByComparingTo("20.0");
        assertThat(kpis.get(1).vsLastWeek()).isEqualByComparingTo("0.0");
        // 20.00 against 1500/60 = 25.00 last week.
        assertThat(kpis.get(2).vsLastWeek()).isEqualByComparingTo("-20.0");
    }

    @Test
    void theChartLaysTodaysExpectedCurveAndItsBandOverTheHoursThatHaveOne() {
        TodayViewModel.Today today = new TodayViewModel.Today(dashboard, forecast);

        assertThat(TodayViewModel.hours(today)).containsExactly(
                new TodayViewModel.HourPoint(11, new BigDecimal("100.00"), new BigDecimal("80.00"), null, null, null),
                new TodayViewModel.HourPoint(12, new BigDecimal("300.00"), new BigDecimal("320.00"), new BigDecimal("290.00"),
                        new BigDecimal("250.00"), new BigDecimal("330.00")),
                new TodayViewModel.HourPoint(19, new BigDecimal("800.00"), new BigDecimal("1100.00"), new BigDecimal("950.00"),
                        new BigDecimal("820.00"), new BigDecimal("1080.00")));
        assertThat(TodayViewModel.hours(new TodayViewModel.Today(dashboard, null))).extracting(TodayViewModel.HourPoint::expected)
                .containsOnlyNulls();
    }

    @Test
    void peakHoursCustomersStockAndStaffReadAsTheirCards() {
        assertThat(TodayViewModel.peakHours(dashboard)).containsExactly("19:00–20:00", "12:00–13:00", "11:00–12:00");
        assertThat(TodayViewModel.customers(dashboard)).extracting(TodayViewModel.Fact::value)
                .containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(12), BigDecimal.valueOf(40), BigDecimal.valueOf(2));
        assertThat(TodayViewModel.inventory(dashboard)).extracting(TodayViewModel.Fact::unit)
                .containsExactly(TodayViewModel.Unit.COUNT, TodayViewModel.Unit.COUNT, TodayViewModel.Unit.MONEY);
        // Labour against no revenue is nothing to measure, not zero.
        assertThat(TodayViewModel.staff(dashboard)).extracting(TodayViewModel.Fact::value)
                .containsExactly(BigDecimal.valueOf(4), new BigDecimal("310.00"), null);
    }

    @Test
    void todaysLineStopsAtTheCurrentHourWhileLastWeekAndTheForecastGoOn() {
        // 17:30 in New York on the 27th: hour 19 is still to come.
        TodayViewModel model = new TodayViewModel(null, Fixtures.figures(TodayViewModel.Today.class), Runnable::run, Runnable::run,
                (delay, task) -> () -> { }, Clock.fixed(Instant.parse("2026-11-27T22:30:00Z"), ZoneOffset.UTC),
                BusinessDay.midnight(ZoneId.of("America/New_York")));

        List<TodayViewModel.HourPoint> hours = model.hoursSoFar(new TodayViewModel.Today(dashboard, forecast));

        assertThat(hours).extracting(TodayViewModel.HourPoint::revenue).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("300.00"), null);
        assertThat(hours.get(2).lastWeek()).isEqualByComparingTo("1100.00");
        assertThat(hours.get(2).expected()).isEqualByComparingTo("950.00");
    }

    @Test
    void aChangeFromNothingIsNoChangeToShow() {
        assertThat(TodayViewModel.change(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(TodayViewModel.change(new BigDecimal("15"), BigDecimal.TEN)).isEqualByComparingTo("50.0");
    }

    @Test
    void aRushOfSalesReadsTheFiguresOnceASettlingMomentLaterForThePlacePicked() {
        List<Runnable> later = new ArrayList<>();
        Place harbour = new Place(UUID.randomUUID(), "harbour", "Harbour");
        List<UUID> asked = new ArrayList<>();
        TodayViewModel.Source source = new TodayViewModel.Source() {
            @Override
            public Dashboard dashboard(LocalDate day, UUID locationId) {
                // The server picks its business day under way.
                assertThat(day).isNull();
                asked.add(locationId);
                return dashboard;
            }

            @Override
            public Forecast forecast(LocalDate day, UUID locationId) {
                throw new OlympusApiException(new Problem("https://olympus.cloud/problems/not-found", "Not found", 404,
                        "no forecast", List.of(), java.util.Map.of()), null);
            }

            @Override
            public List<Place> places() {
                return List.of(harbour);
            }
        };
        TodayViewModel today = new TodayViewModel(source, Fixtures.figures(TodayViewModel.Today.class), Runnable::run, Runnable::run,
                (delay, task) -> {
                    assertThat(delay).isEqualTo(TodayViewModel.SETTLE);
                    later.add(task);
                    return () -> later.remove(task);
                }, Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"), ZoneOffset.UTC),
                BusinessDay.midnight(ZoneId.of("America/New_York")));
        today.start();
        assertThat(today.places()).containsExactly(harbour);
        assertThat(today.figures().value().forecast()).isNull();

        today.placeProperty().set(harbour);
        today.salesChanged();
        today.salesChanged();
        today.salesChanged();
        assertThat(asked).containsExactly(null, harbour.id());
        assertThat(later).hasSize(1);

        later.remove(0).run();
        assertThat(asked).containsExactly(null, harbour.id(), harbour.id());
        today.salesChanged();
        assertThat(later).hasSize(1);
    }

    @Test
    void aLocationPickedAfterAnotherShowsItsOwnFiguresWhicheverAnswerComesLast() {
        Place harbour = new Place(UUID.randomUUID(), "harbour", "Harbour");
        TodayViewModel.Source source = new TodayViewModel.Source() {
            @Override
            public Dashboard dashboard(LocalDate day, UUID locationId) {
                return dashboard;
            }

            @Override
            public Forecast forecast(LocalDate day, UUID locationId) {
                // Only the harbour has a forecast: it tells whose figures are shown.
                return locationId == null ? null : forecast;
            }

            @Override
            public List<Place> places() {
                return List.of(harbour);
            }
        };
        List<Runnable> waiting = new ArrayList<>();
        ScreenFigures<TodayViewModel.Today> figures = new ScreenFigures<>("test", TodayViewModel.Today.class,
                new FigureStore(null, Fixtures.JSON, Clock.systemUTC()), waiting::add, Runnable::run);
        TodayViewModel today = new TodayViewModel(source, figures, waiting::add, Runnable::run,
                (delay, task) -> () -> { }, Clock.fixed(Instant.parse("2026-11-27T18:00:00Z"), ZoneOffset.UTC),
                BusinessDay.midnight(ZoneId.of("America/New_York")));

        today.placeProperty().set(harbour);
        today.placeProperty().set(null);
        assertThat(waiting).hasSize(2);
        waiting.remove(1).run();
        waiting.remove(0).run();

        assertThat(today.figures().value().forecast()).as("the whole business, picked last").isNull();
        assertThat(today.figures().loadingProperty().get()).isFalse();
    }

    /** Today's figures read through a source whose forecast answers as {@code forecast} does. */
    private TodayViewModel today(Instant now, java.util.function.Function<LocalDate, Forecast> forecastOf, List<LocalDate> forecastDays) {
        TodayViewModel.Source source = new TodayViewModel.Source() {
            @Override
            public Dashboard dashboard(LocalDate day, UUID locationId) {
                assertThat(day).isNull();
                return dashboard;
            }

            @Override
            public Forecast forecast(LocalDate day, UUID locationId) {
                forecastDays.add(day);
                return forecastOf.apply(day);
            }

            @Override
            public List<Place> places() {
                return List.of();
            }
        };
        return new TodayViewModel(source, Fixtures.figures(TodayViewModel.Today.class), Runnable::run, Runnable::run,
                (delay, task) -> () -> { }, Clock.fixed(now, ZoneOffset.UTC),
                new BusinessDay(ZoneId.of("America/New_York"), java.time.LocalTime.of(4, 0)));
    }

    @Test
    void afterMidnightBeforeTheDayStartsTheServersBusinessDayIsShownAndForecast() {
        // 01:30 on the 28th in New York: the business day that started at 04:00 on the 27th is still under way.
        List<LocalDate> forecastDays = new ArrayList<>();
        TodayViewModel model = today(Instant.parse("2026-11-28T06:30:00Z"), day -> forecast, forecastDays);

        model.refresh();

        assertThat(forecastDays).containsExactly(LocalDate.of(2026, 11, 27));
        assertThat(model.figures().value().dashboard().date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(model.figures().problemProperty().get().isNone()).isTrue();
        // Hours 11, 12 and 19 of the day have passed; so has 01:00 of the night that ends it.
        assertThat(model.hoursSoFar(model.figures().value())).extracting(TodayViewModel.HourPoint::revenue)
                .doesNotContainNull();
    }

    @Test
    void inTheMorningTheHoursFromTheDayStartToNowArePassedAndTheRestToCome() {
        // 11:30 in New York on the 27th: 11:00 is under way, 12:00 and 19:00 to come.
        TodayViewModel model = today(Instant.parse("2026-11-27T16:30:00Z"), day -> forecast, new ArrayList<>());
        model.refresh();

        assertThat(model.hoursSoFar(model.figures().value())).extracting(TodayViewModel.HourPoint::revenue)
                .containsExactly(new BigDecimal("100.00"), null, null);
    }

    @Test
    void aForecastRefusedShowsTheDayWithWhatWentWrong() {
        TodayViewModel model = today(Instant.parse("2026-11-27T16:30:00Z"), day -> {
            throw new OlympusApiException(new Problem("https://olympus.cloud/problems/validation-failed", "Invalid", 400,
                    "date must not be after today", List.of(), java.util.Map.of()), null);
        }, new ArrayList<>());

        model.refresh();

        assertThat(model.figures().value().dashboard()).isEqualTo(dashboard);
        assertThat(model.figures().value().forecast()).isNull();
        assertThat(model.figures().problemProperty().get().isNone()).isFalse();
    }

    @Test
    void theOtherDaysAverageOrderIsRoundedToTheCurrencysMinorUnit() {
        Dashboard.Comparison c = new Dashboard.Comparison(new BigDecimal("1000"), 3, null);

        assertThat(TodayViewModel.average(c, "JPY")).isEqualByComparingTo("333").hasScaleOf(0);
        assertThat(TodayViewModel.average(c, "KWD")).isEqualByComparingTo("333.333").hasScaleOf(3);
        assertThat(TodayViewModel.average(c, "EUR")).isEqualByComparingTo("333.33").hasScaleOf(2);
    }
}
