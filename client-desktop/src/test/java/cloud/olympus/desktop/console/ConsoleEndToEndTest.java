package cloud.olympus.desktop.console;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.client.manager.StockItem;
import cloud.olympus.desktop.console.assistant.DeliveryViewModel;
import cloud.olympus.desktop.console.dashboard.DashboardViewModel;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.DesktopApp;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import cloud.olympus.model.commerce.PaymentMethod;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app against a real demo server, headless: the owner signs in and lands in the console,
 * walks its navigation, reads the day's real figures on the dashboard, asks the assistant and gets
 * its answer with figures, goes to the till and back with the sale in hand kept; a cashier lands on
 * the till and has no console.
 */
class ConsoleEndToEndTest {

    private static final long WAIT = 60;
    private static final String QUESTION = "How much did we sell today?";

    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();
    private Path dir;

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void theOwnerRunsTheBusinessFromTheConsoleAndGoesToTheTillAndBack() throws Exception {
        Stage stage = signIn("owner");
        waitFor("#console");

        // A window of its own, not the till's full screen.
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getWidth()).isEqualTo(1440);
        assertThat(stage.getHeight()).isEqualTo(900);
        assertThat(stage.getTitle()).endsWith("Olympus console");
        List<String> screens = FxQueries.onFxThread(() -> robot.lookup("#console-nav").<ListView<ConsoleScreen>>query()
                .getItems().stream().map(ConsoleScreen::id).toList());
        assertThat(screens).startsWith("dashboard").contains("assistant");

        // The dashboard shows the server's figures for the day.
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        ManagerApi manager = new ManagerApi(owner);
        waitFor("#console-dashboard #kpi-revenue");
        Dashboard day = manager.dashboard(null, null);
        String revenue = MoneyFormat.of(Messages.forLocale(Locale.ENGLISH), day.currency()).format(day.sales().revenue());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> revenue.equals(text("#kpi-revenue")));
        assertThat(text("#kpi-orders")).isEqualTo(String.valueOf(day.sales().orders()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> points("#dashboard-trend") > 0);
        assertThat(points("#dashboard-by-hour")).isPositive();
        assertThat(FxQueries.showing(robot, "#dashboard-labour")).isTrue();

        // Sales rung meanwhile reach the dashboard by themselves, a few seconds later.
        DemoServer.completedSale(owner, "PIZ-MAR", PaymentMethod.CASH);
        DemoServer.completedSale(owner, "BEV-COK", PaymentMethod.CARD);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.dashboard(null, null).sales().orders() >= day.sales().orders() + 2);
        Dashboard later = manager.dashboard(null, null);
        String more = MoneyFormat.of(Messages.forLocale(Locale.ENGLISH), later.currency()).format(later.sales().revenue());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> more.equals(text("#kpi-revenue")));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> points("#dashboard-top") > 0);
        Screenshots.write(stage.getScene(), "console-dashboard-light");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-dashboard-dark");
        robot.clickOn("#console-theme");

        // One location of the organisation, picked in the header: the dashboard shows its figures.
        Place downtown = manager.locations().stream().filter(p -> p.slug().equals("bella-cucina-downtown")).findFirst().orElseThrow();
        robot.clickOn("#console-place");
        robot.clickOn(downtown.name());
        Dashboard there = manager.dashboard(null, downtown.id());
        String thereRevenue = MoneyFormat.of(Messages.forLocale(Locale.ENGLISH), there.currency()).format(there.sales().revenue());
        assertThat(thereRevenue).isNotEqualTo(more);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> thereRevenue.equals(text("#kpi-revenue")));
        double thereTrend = manager.salesByDay(there.date().minusDays(DashboardViewModel.TREND_DAYS - 1L), there.date(), downtown.id())
                .stream().mapToDouble(d -> d.revenue().doubleValue()).sum();
        assertThat(thereTrend).isPositive();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> Math.abs(sum("#dashboard-trend") - thereTrend) < 0.005);
        Screenshots.write(stage.getScene(), "console-shell-light");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-shell-dark");
        robot.clickOn("#console-theme");
        robot.clickOn("#console-place");
        robot.clickOn("Whole business");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> more.equals(text("#kpi-revenue")));

        // The assistant, by its shortcut: a question answered with its figures and the query behind it.
        robot.press(KeyCode.CONTROL).type(digit(screens.indexOf("assistant")))
                .release(KeyCode.CONTROL);
        waitFor("#console-assistant");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".recommendation")
                || FxQueries.showing(robot, "#ask-recommendations .empty-note"));
        robot.clickOn("#ask-question").write(QUESTION);
        robot.type(KeyCode.ENTER);
        Answer expected = manager.ask(QUESTION, "en", null);
        assertThat(expected.understood()).isTrue();
        assertThat(expected.figures()).isNotEmpty();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> expected.answer().equals(optionalText("#ask-text")));
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#ask-figures .figure-tile").queryAll().size()))
                .isEqualTo(expected.figures().size());
        assertThat(FxQueries.showing(robot, "#ask-query")).isTrue();
        assertThat(FxQueries.onFxThread(() -> robot.lookup(".asked-question").queryAll().size())).isEqualTo(1);
        Screenshots.write(stage.getScene(), "console-assistant-light");

        // A reorder's delivery, booked into stock from its recommendation.
        Recommendation reorder = manager.recommendations(null).stream().filter(DeliveryViewModel::offeredFor).findFirst().orElseThrow();
        UUID itemId = reorder.action().itemId();
        int before = owner.client().get("/api/v1/inventory/items/" + itemId, StockItem.class).currentStock();
        robot.clickOn("#deliver-" + itemId);
        waitFor("#delivery-quantity");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("0");
        robot.clickOn("#delivery-book");
        waitFor("#delivery-quantity-problem");
        assertThat(text("#delivery-quantity-problem")).isEqualTo("Enter a whole number of units from 1 to 100,000.");
        robot.clickOn("#delivery-quantity").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("5");
        robot.type(KeyCode.ENTER);
        waitFor("#delivery-done");
        assertThat(owner.client().get("/api/v1/inventory/items/" + itemId, StockItem.class).currentStock()).isEqualTo(before + 5);
        assertThat(text("#delivery-done")).endsWith(": " + (before + 5) + " on hand now.");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-assistant-dark");
        robot.clickOn("#console-theme");

        // Back along the rail with the arrow keys.
        robot.clickOn("#nav-assistant");
        robot.type(KeyCode.UP);
        waitFor("#console-" + screens.get(screens.indexOf("assistant") - 1));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitFor("#console-dashboard");

        // To the till: a sale begun there waits while the owner looks at the console again.
        robot.clickOn("#console-till");
        waitFor("#product-grid");
        assertThat(robot.lookup("#console").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).doesNotContain("console");
        robot.clickOn("#item-bev-cok");
        assertThat(cartLines()).isEqualTo(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitFor("#console");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitFor("#product-grid");
        assertThat(cartLines()).isEqualTo(1);

        // Back in the console, logging out leads to the login.
        robot.clickOn("#till-menu");
        robot.clickOn("#console-item");
        waitFor("#console");
        // The figures kept for the owner while the server is away are deleted when they log out.
        Path kept = dir.resolve("figures").resolve(owner.session().tenantId().toString()).resolve(owner.session().userId().toString());
        assertThat(kept.resolve("console-today.json")).exists();
        robot.clickOn("#console-logout");
        waitFor("#login-password");
        assertThat(robot.lookup("#console").tryQuery()).isEmpty();
        assertThat(kept).doesNotExist();
    }

    @Test
    void aTerminalLeftOnTheTillOpensOnTheTillForItsNextOwner() throws Exception {
        signIn("owner");
        waitFor("#console");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitFor("#product-grid");
        robot.clickOn("#till-menu");
        robot.clickOn("#logout-item");
        waitFor("#login-password");

        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
        assertThat(robot.lookup("#console").tryQuery()).isEmpty();
        assertThat(Files.readString(dir.resolve("terminal.json"))).contains("\"mode\":\"till\"");
    }

    @Test
    void aCashierLandsOnTheTillWithNoWayToTheConsole() throws Exception {
        signIn("cashier");
        waitFor("#product-grid");

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#console").tryQuery()).isEmpty();
        robot.clickOn("#till-menu");
        assertThat(FxQueries.showing(robot, "#console-item")).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    private Stage signIn(String who) throws Exception {
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-");
        Stage stage = app.start(DesktopApp.class, "--server=" + DemoServer.url(), "--till-dir=" + dir, "--lang=en", "--window",
                "--tenant=bella-cucina", "--email=" + who + "@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        return stage;
    }

    private static KeyCode digit(int index) {
        return KeyCode.valueOf("DIGIT" + (index + 1));
    }

    private long points(String chart) {
        return FxQueries.onFxThread(() -> robot.lookup(chart).<XYChart<?, ?>>query().getData().stream()
                .mapToLong(s -> s.getData().size()).sum());
    }

    /** The values a chart draws, added up. */
    private double sum(String chart) {
        return FxQueries.onFxThread(() -> robot.lookup(chart).<XYChart<?, ?>>query().getData().stream()
                .flatMap(series -> series.getData().stream()).mapToDouble(point -> ((Number) point.getYValue()).doubleValue()).sum());
    }

    private int cartLines() {
        return FxQueries.onFxThread(() -> robot.lookup("#cart-lines").<ListView<?>>query().getItems().size());
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private String optionalText(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).tryQueryAs(Labeled.class).map(Labeled::getText).orElse(""));
    }
}
