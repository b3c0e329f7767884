package cloud.olympus.desktop.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.DesktopApp;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.model.commerce.PaymentMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard in the console against a real demo server, headless: at the console's 1440×900 every
 * chart is in view with the tiles, nothing scrolled; the four weeks name their last day; at 1024×768
 * the charts stand two abreast, none over another, and the last ones are scrolled to.
 */
class DashboardLayoutTest {

    private static final long WAIT = 60;
    private static final List<String> CHARTS = List.of("#dashboard-by-hour", "#dashboard-trend", "#dashboard-labour", "#dashboard-top",
            "#dashboard-payments");

    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void everyChartIsInViewAtTheConsolesSizeAndTheLastDayIsNamed() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-");
        Stage stage = app.start(DesktopApp.class, "--server=" + DemoServer.url(), "--till-dir=" + dir, "--lang=en", "--window",
                "--tenant=bella-cucina", "--email=owner@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#console-dashboard #kpi-revenue");
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        // Sales of the day, so that the best sellers and the payment mix have something to draw.
        DemoServer.completedSale(owner, "PIZ-MAR", PaymentMethod.CASH);
        DemoServer.completedSale(owner, "BEV-COK", PaymentMethod.CARD);
        for (String chart : List.of("#dashboard-by-hour", "#dashboard-trend", "#dashboard-top")) {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> points(chart) > 0);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getWidth()).isEqualTo(1440);
        assertThat(stage.getHeight()).isEqualTo(900);

        SoftAssertions atFullSize = new SoftAssertions();
        for (String chart : CHARTS) {
            atFullSize.assertThat(inView(chart)).as(chart + " in view without scrolling").isTrue();
        }
        LocalDate today = new ManagerApi(owner).dashboard(null, null).date();
        String lastDay = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(today);
        atFullSize.assertThat(dayNamed(lastDay)).as("the trend names " + lastDay).isTrue();
        atFullSize.assertAll();
        Screenshots.write(stage.getScene(), "console-dashboard-light");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-dashboard-dark");
        robot.clickOn("#console-theme");

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<Bounds> charts = CHARTS.stream().map(this::bounds).toList();
        for (int i = 0; i < charts.size(); i++) {
            assertThat(charts.get(i).getWidth()).as(CHARTS.get(i) + " wide enough to read").isGreaterThanOrEqualTo(300);
            for (int j = i + 1; j < charts.size(); j++) {
                assertThat(charts.get(i).intersects(charts.get(j))).as(CHARTS.get(i) + " clear of " + CHARTS.get(j)).isFalse();
            }
        }
        assertThat(dayNamed(lastDay)).isTrue();
        Screenshots.write(stage.getScene(), "console-dashboard-narrow-light");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-dashboard-narrow-dark");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView("#dashboard-labour")).isFalse();
        robot.interact(() -> {
            // Scrolled down as far as the top of labour against sales.
            ScrollPane scroll = robot.lookup("#dashboard-scroll").queryAs(ScrollPane.class);
            Node labour = robot.lookup("#dashboard-labour").query();
            Bounds there = scroll.getContent().sceneToLocal(labour.localToScene(labour.getLayoutBounds()));
            double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1, there.getMinY() / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView("#dashboard-labour")).as("labour against sales, scrolled to").isTrue();
    }

    /** Whether {@code query} lies wholly inside the dashboard's visible part. */
    private boolean inView(String query) {
        return FxQueries.onFxThread(() -> {
            ScrollPane scroll = robot.lookup("#dashboard-scroll").queryAs(ScrollPane.class);
            Node viewport = scroll.lookup(".viewport");
            Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
            Node node = robot.lookup(query).query();
            return node.isVisible() && visible.contains(node.localToScene(node.getLayoutBounds()));
        });
    }

    private Bounds bounds(String query) {
        return FxQueries.onFxThread(() -> {
            Node node = robot.lookup(query).query();
            return node.localToScene(node.getLayoutBounds());
        });
    }

    /** Whether the trend's day axis shows {@code day} as a name, inside the chart. */
    private boolean dayNamed(String day) {
        return FxQueries.onFxThread(() -> {
            XYChart<?, ?> trend = robot.lookup("#dashboard-trend").query();
            Bounds chart = trend.localToScene(trend.getLayoutBounds());
            return trend.getXAxis().getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Text t && day.equals(t.getText()) && t.isVisible())
                    .anyMatch(t -> chart.contains(t.localToScene(t.getLayoutBounds())));
        });
    }

    private long points(String chart) {
        return FxQueries.onFxThread(() -> robot.lookup(chart).<XYChart<?, ?>>query().getData().stream()
                .mapToLong(s -> s.getData().size()).sum());
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
