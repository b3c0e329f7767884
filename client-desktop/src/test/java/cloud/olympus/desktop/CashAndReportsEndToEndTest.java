package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.client.cash.CashDrawer;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.reports.ReportsScreen;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientConfig;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A day of cash on the real app against a real server: the cashier opens the till's drawer with a
 * float, pays out for the window cleaner, rings a sale paid in cash and counts the drawer blind; the
 * manager's Z report on the console then shows what the drawer should have held against the count,
 * and saves it as a PDF that reads back the same. Renders the till's cash panels and the Reports
 * screen, light and dark, to target/screenshots.
 */
class CashAndReportsEndToEndTest {

    private static final String SHOP = "urban-threads";
    private static String url;
    private Application app;
    private ClientShell shell;
    private final FxRobot robot = new SteadyRobot();

    @BeforeAll
    static void startServer() {
        url = DemoServer.url();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (shell != null) {
            shell.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aCashierKeepsTheDrawerAndTheManagersZReportShowsExpectedAgainstCounted() throws Exception {
        Path tillDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        // A manager registered this till once (F9 on the till): it keeps its token and its id in its folder.
        String tillName = "Front till " + java.util.UUID.randomUUID().toString().substring(0, 4);
        var registered = DemoServer.login(SHOP, "manager").registerDevice(tillName);
        Files.writeString(tillDir.resolve("device-token"), registered.token() + "\n");
        Files.writeString(tillDir.resolve("device-id"), registered.id() + "\n");
        Stage stage = startAsCashier(tillDir);

        TillMenu.choose(robot, "#cash-item");
        waitFor("#cash-float");
        robot.clickOn("#cash-float").write("200");
        shot(stage, "till-cash-open-light");
        robot.clickOn("#cash-open");
        waitFor("#cash-amount");
        assertThat(text("#cash-opened")).contains("$200.00");
        robot.clickOn("#cash-amount").write("15");
        robot.clickOn("#cash-pay-out");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#cash-reason-problem").startsWith("Say why"));
        robot.clickOn("#cash-reason").write("Window cleaner");
        robot.clickOn("#cash-pay-out");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".cash-movement"));
        assertThat(text(".cash-movement")).startsWith("Paid out $15.00: Window cleaner");
        shot(stage, "till-cash-drawer-light");
        robot.clickOn("#cash-close");
        waitUntilGone("#cash-drawer");

        robot.clickOn("#item-sock-3");
        String total = text("#cart-total");
        BigDecimal sale = new BigDecimal(total.replace("$", "").replace(",", ""));
        payInCash();
        // The sale reaches the server before the count, so the drawer's figures include it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#outbox-count").query().isVisible());

        BigDecimal counted = new BigDecimal("200").subtract(new BigDecimal("15")).add(sale).subtract(new BigDecimal("1.00"));
        TillMenu.choose(robot, "#cash-item");
        waitFor("#cash-counted");
        // Piece by piece first: ten 20s make the total, for a look; then the total typed as counted.
        robot.clickOn("#cash-by-denomination");
        robot.clickOn("#cash-pieces-2").write("10");
        assertThat(robot.lookup("#cash-counted").queryTextInputControl().getText()).isEqualTo("200.00");
        shot(stage, "till-cash-count-light");
        robot.interact(() -> robot.lookup("#cash-pieces-2").queryTextInputControl().setText(""));
        robot.clickOn("#cash-by-denomination");
        robot.interact(() -> robot.lookup("#cash-counted").queryTextInputControl().setText(""));
        robot.clickOn("#cash-counted").write(counted.toPlainString());
        robot.clickOn("#cash-count");
        waitFor("#cash-result");
        assertThat(text("#cash-result")).as("the cashier is not told what was expected")
                .isEqualTo("Counted $" + counted.toPlainString() + ". Thank you: a manager sees how it compares.");
        shot(stage, "till-cash-counted-light");
        robot.clickOn("#cash-done");
        waitUntilGone("#cash-drawer");
        // The same panels in the dark: the drawer is closed now, so the float is asked for again.
        TillMenu.choose(robot, "#theme-item");
        TillMenu.choose(robot, "#cash-item");
        waitFor("#cash-float");
        robot.clickOn("#cash-float").write("abc");
        robot.clickOn("#cash-open");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text("#cash-float-problem").equals(
                Messages.forLocale(Locale.ENGLISH).get("input.amount.not_a_number")));
        shot(stage, "till-cash-open-dark");
        robot.clickOn("#cash-close");
        waitUntilGone("#cash-drawer");

        // The next session at this till, which keeps a drawer, is asked for the float before its first sale; it may go on without.
        TillMenu.choose(robot, "#logout-item");
        logInWithPassword();
        robot.clickOn("#item-sock-3");
        robot.clickOn("#pay-button");
        waitFor("#cash-skip");
        shot(stage, "till-cash-prompt-dark");
        robot.clickOn("#cash-skip");
        waitFor("#checkout");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntilGone("#checkout");
        robot.clickOn("#pay-button");
        waitFor("#checkout");
        assertThat(FxQueries.showing(robot, "#cash-drawer")).as("asked once a session").isFalse();

        OlympusApi manager = DemoServer.login(SHOP, "manager");
        CashApi cash = new CashApi(manager.client());
        CashDrawer drawer = cash.drawer(lastDrawerOf(manager, tillDir));
        assertThat(drawer.reckoning().cashSales()).isEqualByComparingTo(sale);
        assertThat(drawer.reckoning().expected()).isEqualByComparingTo(counted.add(BigDecimal.ONE));
        assertThat(drawer.reckoning().variance()).isEqualByComparingTo("-1.00");
        FxToolkit.cleanupApplication(app);
        app = null;

        // The manager's console: the Reports screen, the Z report of today.
        Path pdf = tillDir.resolve("z-report.pdf");
        Till console = new Till(url, Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-"), Clock.systemUTC());
        var session = console.login(SHOP, "manager@" + SHOP + ".example", DemoServer.PASSWORD);
        shell = new ClientShell(ClientConfig.from(Map.of("server", url, "lang", "en", "theme", "light"), k -> null));
        ReportsScreen screen = new ReportsScreen(new ConsoleContext(shell, console, session), name -> Optional.of(pdf));
        Stage window = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Scene scene = new Scene((Parent) screen.view(), 1440, 900);
            shell.theme().apply(ThemeManager.Mode.LIGHT);
            shell.theme().style(scene, List.of(getClass().getResource("/cloud/olympus/desktop/pos.css").toExternalForm()));
            window.setScene(scene);
            window.show();
        });
        waitFor("#console-reports");
        assertThat(FxQueries.showing(robot, "#reports-export-all")).as("a manager takes no copy of all the data").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().places().get(0).slug() != null);
        robot.interact(() -> screen.model().fromProperty().set(new ManagerApi(manager).businessDay().dateAt(Instant.now())));
        robot.clickOn("#reports-load");
        waitFor("#reports-section-drawers");
        TableView<List<String>> drawers = robot.lookup("#reports-section-drawers").queryAs(TableView.class);
        String till = drawer.terminalName();
        assertThat(till).as("the drawer names the till as it was registered").isEqualTo(tillName);
        List<String> row = drawers.getItems().stream().filter(r -> r.get(0).equals(till)).findFirst().orElseThrow();
        assertThat(row.get(7)).as("expected").isEqualTo("$" + counted.add(BigDecimal.ONE).toPlainString());
        assertThat(row.get(8)).as("counted").isEqualTo("$" + counted.toPlainString());
        assertThat(row.get(9)).as("short by a dollar").isEqualTo("-$1.00");
        Screenshots.write(window.getScene(), "console-reports-light");

        robot.interact(() -> {
            shell.theme().apply(ThemeManager.Mode.DARK);
            shell.theme().style(window.getScene(), List.of(getClass().getResource("/cloud/olympus/desktop/pos.css").toExternalForm()));
        });
        Screenshots.write(window.getScene(), "console-reports-dark");

        robot.clickOn("#reports-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(pdf));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Saved z-report.pdf.".equals(text("#reports-pdf-status")));
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(read)).contains("Z report", "Cash drawers", till,
                    "$" + counted.toPlainString(), "-$1.00");
        }

        // Sales over the last week and the hours worked, in the light again.
        robot.interact(() -> {
            shell.theme().apply(ThemeManager.Mode.LIGHT);
            shell.theme().style(window.getScene(), List.of(getClass().getResource("/cloud/olympus/desktop/pos.css").toExternalForm()));
            screen.model().kindProperty().set(cloud.olympus.desktop.console.reports.ReportsViewModel.Kind.SALES);
            screen.model().fromProperty().set(screen.model().toProperty().get().minusDays(6));
        });
        robot.clickOn("#reports-load");
        waitFor("#reports-section-days");
        assertThat(robot.lookup("#reports-section-days").queryAs(TableView.class).getItems().size()).isGreaterThan(2);
        Screenshots.write(window.getScene(), "console-reports-sales-light");
        robot.interact(() -> screen.model().kindProperty().set(cloud.olympus.desktop.console.reports.ReportsViewModel.Kind.TIMESHEETS));
        robot.clickOn("#reports-load");
        waitFor("#reports-section-people");
        Screenshots.write(window.getScene(), "console-reports-timesheets-light");
    }

    @Test
    void anUnregisteredTillSellsButSaysItsDrawerNeedsTheTillRegistered() throws Exception {
        Path tillDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = startAsCashier(tillDir);
        TillMenu.choose(robot, "#cash-item");
        waitFor("#cash-unregistered");
        assertThat(text("#cash-unregistered")).isEqualTo(Messages.forLocale(Locale.ENGLISH).get("cash.till_unregistered"));
        assertThat(FxQueries.showing(robot, "#cash-float")).as("no float to type").isFalse();
        shot(stage, "till-cash-unregistered-light");
        robot.clickOn("#cash-close");
        waitUntilGone("#cash-drawer");

        // A sale is rung all the same, under the till's own id.
        robot.clickOn("#item-sock-3");
        payInCash();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#outbox-count").query().isVisible());
        assertThat(Files.exists(tillDir.resolve("device-id"))).isFalse();
    }

    /** The drawer the till kept last: the id it was registered under is in its folder. */
    private static java.util.UUID lastDrawerOf(OlympusApi manager, Path tillDir) throws Exception {
        java.util.UUID terminal = java.util.UUID.fromString(Files.readString(tillDir.resolve("device-id")).trim());
        return manager.client().get("/api/v1/cash/drawers?limit=1&terminal_id=" + terminal).get("data").get(0).get("id")
                .asString().transform(java.util.UUID::fromString);
    }

    /** The app on the till in {@code tillDir}, the cashier logged in with their password. */
    private Stage startAsCashier(Path tillDir) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--server=" + url, "--till-dir=" + tillDir, "--lang=en", "--window",
                "--tenant=" + SHOP, "--email=cashier@" + SHOP + ".example");
        logInWithPassword();
        return stage;
    }

    /** The cashier's password login. */
    private void logInWithPassword() throws Exception {
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
    }

    /** The cart paid with the first quick cash amount, and a new sale started. */
    private void payInCash() throws Exception {
        robot.clickOn("#pay-button");
        waitFor("#checkout");
        robot.clickOn("#quick-cash-0");
        robot.clickOn("#checkout-complete");
        waitFor("#receipt");
        robot.clickOn("#receipt-new-sale");
    }

    private String text(String query) {
        return robot.lookup(query).<Labeled>query().getText();
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilGone(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shot(Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name);
    }
}
