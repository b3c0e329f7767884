package cloud.olympus.desktop.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.theme.ThemeManager;
import java.math.BigDecimal;
import java.util.UUID;
import javafx.scene.control.Button;
import cloud.olympus.fx.shell.FxQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports screen as an owner uses it, headless against the demo server: the Z report's tax by
 * tax class, and the copy of all the business's data saved from here as from Orders.
 */
class ReportsScreenTest {

    private static final int WAIT = 30;
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private ConsoleScreenStage console;

    @AfterEach
    void close() throws Exception {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void anOwnerSeesTheTaxByClassAndSavesACopyOfAllTheData() throws Exception {
        console = new ConsoleScreenStage("bella-cucina", "owner", dir.resolve("till"));
        ReportsScreen screen = console.show(c -> new ReportsScreen(c, name -> Optional.of(dir.resolve(name))));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> screen.model().places().get(0).slug() != null);
        // Yesterday's business day is over: the demo sold food and wine, taxed at two rates.
        robot.interact(() -> screen.model().fromProperty().set(screen.model().fromProperty().get().minusDays(1)));
        robot.clickOn("#reports-load");
        console.waitFor("#reports-section-taxes");
        List<List<String>> taxes = FxQueries.onFxThread(() -> List.copyOf(table("#reports-section-taxes").getItems()));
        assertThat(taxes).as("a line per tax class, then the total").hasSizeGreaterThanOrEqualTo(3);
        assertThat(taxes).extracting(row -> row.get(0)).contains("standard", "alcohol", "Total");
        assertThat(taxes.get(0).get(1)).as("the rate").endsWith("%");

        robot.clickOn("#reports-export-all");
        Path copy = dir.resolve("olympus-data.zip");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "Saved olympus-data.zip.".equals(
                FxQueries.onFxThread(() -> robot.lookup("#reports-export-data-status").<Labeled>query().getText())));
        try (ZipFile zip = new ZipFile(copy.toFile())) {
            assertThat(zip.getEntry("commerce.orders.csv")).isNotNull();
        }
        assertThat(dir.toFile().list((in, name) -> name.endsWith(".part"))).as("nothing half written is left").isEmpty();
    }

    @Test
    void anOwnerClosesTheDrawerATillLeftOpenWhenItWasRevoked() throws Exception {
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        var till = manager.registerDevice("Old till " + UUID.randomUUID().toString().substring(0, 6));
        UUID drawer = new CashApi(manager.client(), till.token()).open(till.id(), new BigDecimal("25.00"), null,
                UUID.randomUUID().toString()).id();
        new BusinessAdmin(manager.client()).revokeDevice(till.id());

        console = new ConsoleScreenStage("bella-cucina", "owner", dir.resolve("till"));
        ReportsScreen screen = console.show(c -> new ReportsScreen(c, name -> Optional.of(dir.resolve(name))));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> screen.model().places().get(0).slug() != null);
        robot.interact(() -> screen.model().fromProperty().set(new ManagerApi(manager).businessDay().dateAt(java.time.Instant.now())));
        robot.clickOn("#reports-load");
        console.waitFor("#reports-close-drawer");
        assertThat(robot.lookup("#reports-close-drawer").<Button>query().isDisabled()).as("no drawer picked yet").isTrue();
        int row = FxQueries.onFxThread(() -> screen.model().drawers().stream().map(d -> d.drawerId()).toList().indexOf(drawer));
        assertThat(row).isNotNegative();
        robot.interact(() -> table("#reports-section-drawers").getSelectionModel().select(row));
        robot.clickOn("#reports-close-drawer");
        console.waitFor("#close-drawer-dialog");
        robot.clickOn("#close-drawer-counted").write("24.50");
        Screenshots.write(robot.lookup("#close-drawer-dialog").query().getScene(), "console-reports-close-drawer-light");
        console.theme(ThemeManager.Mode.DARK);
        Screenshots.write(robot.lookup("#close-drawer-dialog").query().getScene(), "console-reports-close-drawer-dark");
        console.theme(ThemeManager.Mode.LIGHT);
        robot.clickOn("Close drawer");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#close-drawer-problem").<Labeled>query().getText()))
                .as("the reason is asked for first").isEqualTo("Say why the drawer is closed here (up to 200 characters).");
        robot.clickOn("#close-drawer-reason").write("Till replaced");
        robot.clickOn("Close drawer");

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> table("#reports-section-drawers")
                .getItems().stream().anyMatch(r -> r.get(2).endsWith("closed by a manager: Till replaced"))));
        assertThat(new CashApi(manager.client()).drawer(drawer).counted()).isEqualByComparingTo("24.50");
    }

    @SuppressWarnings("unchecked")
    private TableView<List<String>> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
