package cloud.olympus.desktop.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.DaySales;
import cloud.olympus.client.manager.Forecast;
import cloud.olympus.client.manager.LabourHour;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.manager.FigureStore;
import cloud.olympus.fx.manager.ScreenFigures;
import cloud.olympus.fx.manager.TodayViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The console's dashboard: the day's figures, the trend and labour beyond them, for the location the header picks. */
class DashboardViewModelTest {

    private static final JsonMapper JSON = new OlympusClient("http://localhost:9").json();
    private static final Executor NOW = Runnable::run;

    private final Dashboard dashboard = read("dashboard.json", Dashboard.class);
    private final Place harbour = new Place(UUID.randomUUID(), "harbour", "Harbour");
    private final List<String> asked = new ArrayList<>();
    private final SimpleObjectProperty<Place> place = new SimpleObjectProperty<>();

    /** The server as the contract answers it, noting what was asked. */
    private final class Server implements DashboardViewModel.Source, TodayViewModel.Source {
        @Override
        public BusinessDay businessDay() {
            asked.add("business day");
            return BusinessDay.midnight(ZoneOffset.UTC);
        }

        @Override
        public List<DaySales> salesByDay(LocalDate from, LocalDate to, UUID locationId) {
            asked.add("trend " + from + ".." + to + " at " + locationId);
            return List.of(new DaySales(to.minusDays(1), new BigDecimal("812.40"), 61), new DaySales(to, new BigDecimal("1200.00"), 60));
        }

        @Override
        public List<LabourHour> labourByHour(LocalDate day, UUID locationId) {
            asked.add("labour " + day + " at " + locationId);
            return List.of(new LabourHour(OffsetDateTime.of(day.atTime(12, 0), ZoneOffset.UTC), new BigDecimal("300.00"), 20,
                    new BigDecimal("60.00"), 3, new BigDecimal("20.0")));
        }

        @Override
        public Dashboard dashboard(LocalDate day, UUID locationId) {
            asked.add("dashboard at " + locationId);
            return dashboard;
        }

        @Override
        public Forecast forecast(LocalDate day, UUID locationId) {
            return read("forecast.json", Forecast.class);
        }

        @Override
        public List<Place> places() {
            return List.of(harbour);
        }
    }

    private DashboardViewModel model() {
        Server server = new Server();
        FigureStore nowhere = new FigureStore(null, JSON, Clock.systemUTC());
        return new DashboardViewModel(server, server, new ScreenFigures<>("today", TodayViewModel.Today.class, nowhere, NOW, NOW),
                new ScreenFigures<>("beyond", DashboardViewModel.Beyond.class, nowhere, NOW, NOW), place, NOW, NOW,
                (delay, task) -> { task.run(); return () -> { }; }, Clock.systemUTC());
    }

    @Test
    void theDayIsReadThenItsTrendOverFourWeeksAndItsLabour() {
        DashboardViewModel model = model();

        model.start();

        LocalDate day = dashboard.date();
        assertThat(asked).containsExactly("business day", "dashboard at null", "trend " + day.minusDays(27) + ".." + day + " at null",
                "labour " + day + " at null");
        assertThat(model.today().value().dashboard()).isEqualTo(dashboard);
        assertThat(model.today().value().forecast()).isNotNull();
        assertThat(model.beyond().value().labour()).singleElement().extracting(LabourHour::labourCost)
                .isEqualTo(new BigDecimal("60.00"));
    }

    @Test
    void everyDayOfTheTrendIsThereADayWithoutSalesAsZero() {
        DashboardViewModel model = model();
        model.start();

        List<DaySales> days = DashboardViewModel.everyDay(model.beyond().value());

        assertThat(days).hasSize(DashboardViewModel.TREND_DAYS);
        assertThat(days.get(0).day()).isEqualTo(dashboard.date().minusDays(27));
        assertThat(days.get(0).revenue()).isEqualByComparingTo("0");
        assertThat(days.get(26).revenue()).isEqualByComparingTo("812.40");
        assertThat(days.get(27).orders()).isEqualTo(60);
    }

    @Test
    void pickingALocationInTheHeaderReadsItsFigures() {
        DashboardViewModel model = model();
        model.start();
        asked.clear();

        place.set(harbour);

        assertThat(asked).contains("dashboard at " + harbour.id(), "labour " + dashboard.date() + " at " + harbour.id());
    }

    @Test
    void aSaleReadsTheFiguresAgain() {
        DashboardViewModel model = model();
        model.salesChanged();
        assertThat(asked).isEmpty();
        model.start();
        asked.clear();

        model.salesChanged();

        assertThat(asked).contains("dashboard at null");
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = DashboardViewModelTest.class.getResourceAsStream("/cloud/olympus/fx/manager/" + name)) {
            return JSON.readValue(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
