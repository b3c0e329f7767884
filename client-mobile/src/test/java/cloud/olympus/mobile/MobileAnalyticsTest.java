package cloud.olympus.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.server.support.DemoServerProcess;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Today and Ask screens against the real demo server: the day's figures as the dashboard gives
 * them, kept current by the live sales; questions answered in English and in Spanish with their
 * figures, and the assistant's recommendations.
 */
class MobileAnalyticsTest {

    private static final int WAIT = ManagerSignIn.WAIT;
    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();
    private static OlympusApi manager;
    private static ManagerApi api;
    @TempDir
    Path data;

    @BeforeAll
    static void aSaleToday() throws Exception {
        manager = DemoServerProcess.login(ManagerSignIn.TENANT, "manager");
        api = new ManagerApi(manager);
        MobileEndToEndTest.completedOrder(manager);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !api.dashboard(api.businessDay().dateAt(java.time.Instant.now()), null).topProducts().isEmpty());
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void todayShowsTheDashboardsFiguresAndFollowsTheSalesLive() throws Exception {
        start("en", "--tablet");
        ManagerSignIn.withPassword(robot, "manager");
        robot.clickOn("#nav-today");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> revenue().equals(shownRevenue()));

        // Today's line up to the current hour, last week's all day.
        List<Integer> hours = FxQueries.onFxThread(() -> {
            LineChart<?, ?> chart = robot.lookup("#today-chart").queryAs(LineChart.class);
            return chart.getData().stream().map(series -> series.getData().size()).toList();
        });
        assertThat(hours.get(0)).isBetween(1, 24);
        assertThat(hours.get(1)).isEqualTo(24);
        assertThat(text("#today-top")).doesNotContain("No sales yet today");
        for (String card : List.of("#today-peaks", "#today-categories", "#today-payments", "#today-customers", "#today-inventory",
                "#today-staff")) {
            assertThat(FxQueries.showing(robot, card)).as(card).isTrue();
        }

        String before = shownRevenue();
        MobileEndToEndTest.completedOrder(manager);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !shownRevenue().equals(before) && shownRevenue().equals(revenue()));
    }

    @Test
    void questionsAreAnsweredWithTheirFiguresInEnglish() throws Exception {
        start("en", "--phone");
        ManagerSignIn.withPassword(robot, "manager");
        robot.clickOn("#nav-ask");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".recommendation")
                || FxQueries.showing(robot, "#ask-recommendations .empty-note"));
        asked("How much did we sell today?", "en");
    }

    @Test
    void questionsAreAnsweredInSpanishWithTheAssistantsOwnExamples() throws Exception {
        start("es", "--tablet", "--portrait");
        ManagerSignIn.withPassword(robot, "manager");
        robot.clickOn("#nav-ask");
        List<String> offered = api.ask("ayuda", "es", null).suggestions();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup(".ask-example")
                .queryAll().stream().map(n -> ((Labeled) n).getText()).toList()).equals(offered));
        asked("¿Cuánto vendimos hoy?", "es");
    }

    /** Asks {@code question} in the box and sees the server's answer with its figures, and the query behind it. */
    private void asked(String question, String language) throws Exception {
        ManagerSignIn.set(robot, "#ask-question", question);
        robot.clickOn("#ask-submit");
        Answer expected = api.ask(question, language, null);
        assertThat(expected.understood()).isTrue();
        assertThat(expected.intent()).isEqualTo("sales_total");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> expected.answer().equals(text("#ask-text")));
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#ask-figures .figure-tile").queryAll().size()))
                .isEqualTo(expected.figures().size());
        assertThat(FxQueries.showing(robot, "#ask-query")).isTrue();
    }

    private void start(String language, String... size) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--server=" + DemoServerProcess.url(), "--tenant=" + ManagerSignIn.TENANT,
                "--lang=" + language, "--data=" + data));
        args.addAll(List.of(size));
        app.start(MobileApp.class, args.toArray(String[]::new));
    }

    /** Today's revenue as the dashboard gives it now, written as the screen writes it. */
    private static String revenue() {
        Dashboard d = api.dashboard(api.businessDay().dateAt(java.time.Instant.now()), null);
        return MoneyFormat.of(Messages.forLocale(Locale.ENGLISH), d.currency()).format(d.sales().revenue());
    }

    private String shownRevenue() {
        return text("#kpi-revenue");
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> n instanceof Labeled l
                ? l.getText() : String.join("\n", n.lookupAll(".label").stream().map(x -> ((Labeled) x).getText()).toList()))
                .orElse(""));
    }
}
