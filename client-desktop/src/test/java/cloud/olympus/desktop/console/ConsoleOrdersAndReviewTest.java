package cloud.olympus.desktop.console;

import static cloud.olympus.desktop.DemoServer.item;
import static cloud.olympus.desktop.DemoServer.login;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.orders.OrdersScreen;
import cloud.olympus.desktop.console.orders.OrdersView;
import cloud.olympus.desktop.console.review.ReviewScreen;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientConfig;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.server.support.TillDrafts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's orders and review screens on a real server: an order found by its number, opened,
 * refunded in part, its refund and audit entry shown, the list saved as CSV; a sale that differs
 * from the catalogue reviewed. Renders each screen, light and dark.
 */
class ConsoleOrdersAndReviewTest {

    private static final String RESTAURANT = "bella-cucina";
    private final FxRobot robot = new SteadyRobot();
    private ClientShell shell;
    private Till till;
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        DemoServer.url();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (shell != null) {
            shell.close();
        }
        if (till != null) {
            till.close();
        }
    }

    @Test
    void theOwnerFindsAnOrderRefundsPartOfItSeesTheAuditEntryAndSavesTheListAsCsv() throws Exception {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrderSummary sale = owner.recordSale(TillDrafts.sale(item(owner, "PIZ-MAR").id(), 2, "14.00", "card"));
        ConsoleContext context = signIn("owner");
        OrdersScreen screen = new OrdersScreen(context);
        show(screen, ThemeManager.Mode.LIGHT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#orders-table") > 5);
        shot("console-orders-light");
        theme(ThemeManager.Mode.DARK);
        shot("console-orders-dark");
        theme(ThemeManager.Mode.LIGHT);

        robot.clickOn("#orders-number").write(sale.orderNumber());
        robot.clickOn("#orders-search");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows("#orders-table") == 1);
        choose("#orders-table", sale.orderNumber());
        waitFor("#orders-refund-amount");
        assertThat(text("#orders-detail-title")).startsWith(sale.orderNumber());

        robot.clickOn("#orders-refund-amount").write("5.00");
        robot.clickOn("#orders-refund-confirm");
        assertThat(text("#orders-refund-problem")).isEqualTo("Give a reason for the refund.");
        robot.clickOn("#orders-refund-reason").write("Burnt crust");
        robot.clickOn("#orders-refund-confirm");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#orders-detail-refunds")
                || !text("#orders-refund-problem").isEmpty());
        assertThat(text("#orders-refund-problem")).isEmpty();
        assertThat(labels("#orders-detail-refunds")).contains("$5.00").contains("Burnt crust");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> labels("#orders-detail-audit").contains("refunded, by"));
        shot("console-orders-detail-light");
        theme(ThemeManager.Mode.DARK);
        shot("console-orders-detail-dark");
        theme(ThemeManager.Mode.LIGHT);
        assertThat(owner.order(sale.id()).refundedTotal()).isEqualByComparingTo("5.00");
        assertThat(FxQueries.onFxThread(() -> ((OrderSummary) robot.lookup("#orders-table").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem()).id())).as("the refunded order stays the chosen row").isEqualTo(sale.id());

        Path csv = dir.resolve("orders.csv");
        robot.interact(() -> ((OrdersView) screen.view()).setSaveAs((title, name) -> Optional.of(csv)));
        robot.clickOn("#orders-export-csv");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#orders-export-csv-status").equals("Saved orders.csv."));
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).startsWith("number,reference,happened_at").contains(sale.orderNumber()).contains(",5.00,");
        assertThat(written.lines().count()).as("the header and the one order found").isEqualTo(2);

        // The owner's copy of all the business's data, a zip of one CSV per table.
        Path zip = dir.resolve("everything.zip");
        robot.interact(() -> ((OrdersView) screen.view()).setSaveAs((title, name) -> Optional.of(name.endsWith(".zip") ? zip : csv)));
        robot.clickOn("#orders-export-all");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#orders-export-data-status").equals("Saved everything.zip."));
        try (java.util.zip.ZipFile copy = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(copy.getEntry("commerce.orders.csv")).isNotNull();
            assertThat(new String(copy.getInputStream(copy.getEntry("commerce.orders.csv")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains(sale.orderNumber());
        }
    }

    @Test
    void aManagerReviewsASaleChargedBelowTheCatalogue() throws Exception {
        OlympusApi manager = login(RESTAURANT, "manager");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(item(manager, "PIZ-MAR").id(), 1, "1.00", "cash"));
        OlympusApi cashier = login(RESTAURANT, "cashier");
        Approval asked = cashier.requestApproval(new ApprovalDraft(ApprovalKind.DISCOUNT, "10 % off for table 4",
                new BigDecimal("4.20"), null, Map.of(), null));
        manager.decline(asked.id(), "Not today");
        ConsoleContext context = signIn("manager");
        ReviewScreen screen = new ReviewScreen(context);
        show(screen, ThemeManager.Mode.LIGHT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup(sale.orderNumber())
                .tryQuery().isPresent()));
        choose("#review-sales", sale.orderNumber());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels("#review-differences").contains("charged $1.00 a unit"));
        robot.clickOn("#review-note").write("Staff meal, agreed by the chef");
        shot("console-review-light");
        theme(ThemeManager.Mode.DARK);
        shot("console-review-dark");
        theme(ThemeManager.Mode.LIGHT);
        robot.clickOn("#review-mark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#review-problem").equals("Sale " + sale.orderNumber() + " reviewed."));
        assertThat(manager.order(sale.id()).needsReview()).isFalse();
        assertThat(FxQueries.onFxThread(() -> robot.lookup(sale.orderNumber()).tryQuery().isPresent())).isFalse();

        robot.clickOn("#review-approvals-tab");
        waitFor("#review-approvals");
        choose("#review-approvals", "10 % off for table 4");
        assertThat(FxQueries.onFxThread(() -> robot.from(robot.lookup("#review-approvals").queryAs(TableView.class))
                .lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.isSelected()).query()
                .lookupAll(".table-cell").stream().map(c -> ((Labeled) c).getText()).toList()))
                .contains("$4.20", "Declined", "Not today", cashier.session().displayName(), manager.session().displayName());
        shot("console-review-approvals-light");
        theme(ThemeManager.Mode.DARK);
        shot("console-review-approvals-dark");

        // Only the approvals asked between the days chosen: none from tomorrow on; today's again with today.
        java.time.LocalDate today = java.time.LocalDate.now();
        robot.interact(() -> robot.lookup("#review-from").queryAs(javafx.scene.control.DatePicker.class).setValue(today.plusDays(1)));
        robot.clickOn("#review-show");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows("#review-approvals") == 0);
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#review-approvals-more").query().isVisible())).isFalse();
        robot.interact(() -> {
            robot.lookup("#review-from").queryAs(javafx.scene.control.DatePicker.class).setValue(today.minusDays(1));
            robot.lookup("#review-to").queryAs(javafx.scene.control.DatePicker.class).setValue(today.plusDays(1));
        });
        robot.clickOn("#review-show");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() ->
                robot.lookup("#review-approvals").queryAs(TableView.class).getItems().stream()
                        .anyMatch(a -> ((Approval) a).id().equals(asked.id()))));
    }

    private ConsoleContext signIn(String who) throws Exception {
        till = new Till(DemoServer.url(), Files.createDirectories(dir.resolve("till")), Clock.systemUTC());
        Session session = till.login(RESTAURANT, who + "@" + RESTAURANT + ".example", DemoServer.PASSWORD);
        shell = new ClientShell(ClientConfig.from(Map.of("server", DemoServer.url(), "lang", "en"), name -> null));
        return new ConsoleContext(shell, till, session);
    }

    private void show(ConsoleScreen screen, ThemeManager.Mode mode) throws Exception {
        stage = FxToolkit.setupStage(s -> {
            shell.theme().apply(mode);
            Scene scene = new Scene((Parent) screen.view(), 1440, 900);
            shell.theme().style(scene);
            s.setScene(scene);
            s.show();
        });
        robot.interact(screen::shown);
        waitFor("#console-" + screen.id());
    }

    private void theme(ThemeManager.Mode mode) {
        robot.interact(() -> shell.theme().apply(mode));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the row of {@code table} that shows {@code text} until it is the one chosen (the table may still be laying out). */
    private void choose(String table, String text) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(cell(table, text));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() ->
                        robot.lookup(table).queryAs(TableView.class).getSelectionModel().getSelectedItem() != null));
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                // Clicked while the rows were laid out again: once more.
            }
        }
        throw new AssertionError("could not choose " + text + " in " + table);
    }

    /** The cell of {@code table} that reads {@code text}. */
    private javafx.scene.Node cell(String table, String text) {
        return FxQueries.onFxThread(() -> robot.from(robot.lookup(table).queryAs(TableView.class)).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> text.equals(c.getText()) && c.isVisible()
                        && c.getTableRow() != null && c.getTableRow().isVisible() && !c.getTableRow().isEmpty()).query());
    }

    private int rows(String table) {
        return FxQueries.onFxThread(() -> robot.lookup(table).queryAs(TableView.class).getItems().size());
    }

    /** Every label's text under {@code query}, one per line. */
    private String labels(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).tryQuery().map(node -> robot.from(node).lookup(".label")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).reduce("", (a, b) -> a + b + "\n")).orElse(""));
    }

    private void waitFor(String query) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        } catch (java.util.concurrent.TimeoutException e) {
            shot("console-failed-waiting");
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private void shot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name);
    }
}
