package cloud.olympus.desktop;

import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.receipt.RawPrintServer;
import cloud.olympus.fx.shell.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real till app, headless, against a real server on an embedded PostgreSQL: log in as the
 * demo cashier, ring up a pizza with modifiers and a drink, take cash, and find the order on the
 * server. Renders each screen, light and dark, to target/screenshots.
 */
class PosEndToEndTest {

    private static String url;
    private Application app;
    private RawPrintServer printer;
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
        FxToolkit.cleanupStages();
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void aCashierRingsUpASaleThatArrivesOnTheServer() throws Exception {
        Path till = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--server=" + url, "--till-dir=" + till, "--lang=en", "--window", "--mode=till",
                "--tenant=bella-cucina", "--email=cashier@bella-cucina.example");
        waitFor("#login-password");
        shot(stage, "pos-login-light");

        robot.clickOn("#login-password").write("olympus-demo");
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
        waitFor("#item-piz-mar");
        printer = new RawPrintServer();
        choosePrinter(printer);
        assertThat(Files.readString(till.resolve("terminal.json"))).contains("\"kind\":\"NETWORK\"", "\"port\":" + printer.port());

        robot.clickOn("#item-piz-mar");
        waitFor("#modifiers");
        robot.clickOn("#modifier-large");
        robot.clickOn("#modifier-olives");
        shot(stage, "pos-modifiers-light");
        robot.clickOn("#modifiers-add");
        robot.clickOn("#item-bev-cok");
        // A scanner types the can's barcode and Enter; search-as-you-type finds nothing else to do.
        robot.clickOn("#search").write("5449000000996").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#cart-lines").<ListView<?>>query().getItems()).hasSize(2);
        // Margherita large with olives: 13.00 + 4.00 + 1.00 = 18.00; two colas 7.00; 8.75 % tax: 1.58 + 0.61
        assertThat(text("#cart-total")).isEqualTo("$27.19");
        shot(stage, "pos-sale-light");

        robot.clickOn("#pay-button");
        waitFor("#checkout");
        robot.clickOn("#quick-cash-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#checkout-change")).isEqualTo("Change $2.81");
        shot(stage, "pos-checkout-light");
        robot.clickOn("#checkout-complete");
        waitFor("#receipt");
        assertThat(text("#receipt-text")).contains("Margherita", "Large", "Olives", "$27.19", "$30.00", "$2.81",
                "Served by Carla Cashier");
        // The sale is kept; the receipt then goes to the till's printer by itself.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#receipt-status").startsWith("Sent to"));
        assertThat(RawPrintServer.text(printer.nextJob(java.time.Duration.ofSeconds(5))))
                .contains("Margherita", "$27.19", "Served by Carla Cashier");
        robot.clickOn("#receipt-pdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#receipt-status").startsWith("Saved to"));
        try (var pdfs = Files.list(till.resolve("receipts"))) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf"))).hasSize(1);
        }
        shot(stage, "pos-receipt-light");
        robot.clickOn("#receipt-new-sale");

        OlympusApi manager = new OlympusApi(new OlympusClient(url));
        manager.login("bella-cucina", "manager@bella-cucina.example", "olympus-demo");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> manager.openOrders().stream()
                .anyMatch(o -> o.total().toPlainString().equals("27.19")));
        List<OrderSummary> mine = manager.openOrders().stream().filter(o -> o.total().toPlainString().equals("27.19")).toList();
        assertThat(mine).hasSize(1);
        OrderSummary order = manager.order(mine.get(0).id());
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.payments()).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(p.changeDue().toPlainString()).isEqualTo("2.81");
        });
        assertThat(order.items()).extracting(OrderSummary.Line::sku).containsExactly("PIZ-MAR", "BEV-COK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#outbox-count").isEmpty());

        darkScreens(stage);
    }

    /** The same screens in the dark theme, for the docs. */
    private void darkScreens(Stage stage) throws Exception {
        TillMenu.choose(robot, "#theme-item");
        robot.clickOn("#item-piz-dia");
        waitFor("#modifiers");
        robot.clickOn("#modifier-regular");
        shot(stage, "pos-modifiers-dark");
        robot.clickOn("#modifiers-add");
        robot.clickOn("#item-vin-chi");
        waitFor("#modifiers");
        robot.clickOn("#modifiers-add");
        shot(stage, "pos-sale-dark");
        robot.clickOn("#pay-button");
        waitFor("#checkout");
        robot.clickOn("#tender-card");
        robot.clickOn("#tender-take");
        shot(stage, "pos-checkout-dark");
        robot.clickOn("#checkout-complete");
        waitFor("#receipt");
        shot(stage, "pos-receipt-dark");
        robot.clickOn("#receipt-new-sale");
        robot.clickOn("#orders-button");
        waitFor("#orders-board");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".order-card").queryAll().isEmpty());
        // The board follows the server's live events; it says so, with the alerts still open.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#orders-live").queryLabeled().getText().equals("Live"));
        assertThat(robot.lookup("#orders-alerts").queryLabeled().getText()).startsWith("Open alerts: ");
        shot(stage, "pos-orders-dark");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        TillMenu.choose(robot, "#logout-item");
        waitFor("#login-password");
        shot(stage, "pos-login-dark");
    }

    /** Points the till at a receipt printer on the network, through its settings panel. */
    private void choosePrinter(RawPrintServer printer) throws Exception {
        TillMenu.choose(robot, "#printer-item");
        waitFor("#printer-settings");
        robot.clickOn("#printer-kind-network");
        robot.clickOn("#printer-host").write(printer.host());
        robot.clickOn("#printer-port").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(String.valueOf(printer.port()));
        robot.clickOn("#printer-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#printer-settings").tryQuery()).isEmpty();
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    private static void shot(Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name);
    }
}
