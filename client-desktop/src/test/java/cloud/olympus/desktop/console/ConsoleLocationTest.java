package cloud.olympus.desktop.console;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.DesktopApp;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.server.support.TillDrafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The location picked in the console's header, on a real demo server: the orders list is read again
 * for it, the reports are of it, and the whole business brings the business's own orders back.
 */
class ConsoleLocationTest {

    private static final long WAIT = 60;

    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void theOrdersListAndTheReportsFollowTheLocationPickedInTheHeader() throws Exception {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        OlympusApi harbor = DemoServer.login("bella-cucina-harbor", "manager");
        OrderSummary own = owner.recordSale(TillDrafts.sale(DemoServer.item(owner, "PIZ-MAR").id(), 1, "13.00", "card"));
        OrderSummary there = harbor.recordSale(TillDrafts.sale(DemoServer.item(harbor, "PIZ-MAR").id(), 3, "13.00", "card"));

        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-");
        Stage stage = app.start(DesktopApp.class, "--server=" + DemoServer.url(), "--till-dir=" + dir, "--lang=en", "--window",
                "--tenant=bella-cucina", "--email=owner@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#console");
        List<String> screens = FxQueries.onFxThread(() -> robot.lookup("#console-nav").<ListView<ConsoleScreen>>query()
                .getItems().stream().map(ConsoleScreen::id).toList());

        open(screens, "orders");
        waitFor("#console-orders");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> listed().contains(own.id()));
        assertThat(listed()).doesNotContain(there.id());
        // The whole business lists the organisation's own orders: the note above the list says so.
        assertThat(FxQueries.showing(robot, "#orders-scope-note")).isTrue();
        assertThat(text("#orders-scope-note")).startsWith("Orders taken at ").endsWith(" itself; pick a location to see its orders.")
                .doesNotContain("null");
        Screenshots.write(stage.getScene(), "console-orders-whole-business-light");

        robot.clickOn("#console-place");
        robot.clickOn("Bella Cucina Harbor");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> listed().contains(there.id()));
        assertThat(listed()).as("the business's own sale is not the harbor's").doesNotContain(own.id());
        assertThat(FxQueries.showing(robot, "#orders-scope-note")).as("a location's list is all of its orders").isFalse();
        Screenshots.write(stage.getScene(), "console-orders-location-light");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-orders-location-dark");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();

        open(screens, "reports");
        waitFor("#console-reports");
        assertThat(text("#reports-location")).isEqualTo("Bella Cucina Harbor");
        Screenshots.write(stage.getScene(), "console-reports-location-light");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), "console-reports-location-dark");
        robot.clickOn("#console-theme");
        WaitForAsyncUtils.waitForFxEvents();

        open(screens, "orders");
        waitFor("#console-orders");
        robot.clickOn("#console-place");
        robot.clickOn("Whole business");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> listed().contains(own.id()) && !listed().contains(there.id()));
    }

    private void open(List<String> screens, String id) {
        robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + (screens.indexOf(id) + 1))).release(KeyCode.CONTROL);
    }

    private List<UUID> listed() {
        return FxQueries.onFxThread(() -> robot.lookup("#orders-table").<TableView<OrderSummary>>query().getItems().stream()
                .map(OrderSummary::id).toList());
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }
}
