package cloud.olympus.desktop;

import static cloud.olympus.desktop.DemoServer.item;
import static cloud.olympus.desktop.DemoServer.login;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.server.support.TillDrafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;

/**
 * What happens at the till when a sale does not simply go through, on the real app against a real
 * server: a refund a manager approves on the spot, a sale the server could not record waiting for a
 * manager's decision, and a session the server ended while sales kept coming. Renders each screen,
 * light and dark, to target/screenshots.
 */
class TillRefundsEndToEndTest {

    private static final String SHOP = "urban-threads";
    private static final String PASSWORD = "olympus-demo";
    private static String url;
    private Application app;
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
    }

    @Test
    void aCashierRefundsTwoOfThreeUnitsAManagerApprovesAndTheyGoBackOnTheShelf() throws Exception {
        OlympusApi manager = login(SHOP, "manager");
        CatalogueItem socks = item(manager, "SOCK-3");
        int before = stock(manager, socks.id());
        OrderSummary sale = manager.recordSale(TillDrafts.sale(socks.id(), 3, "29.00", "card"));
        assertThat(stock(manager, socks.id())).isEqualTo(before - 3);

        Stage stage = open("cashier");
        robot.press(KeyCode.F6).release(KeyCode.F6);
        waitFor("#refund");
        robot.clickOn("#refund-search").write(sale.orderNumber()).type(KeyCode.ENTER);
        waitFor("#refund-more-0");
        robot.clickOn("#refund-more-0").clickOn("#refund-more-0").clickOn("#refund-more-0");
        assertThat(text("#refund-units-0")).as("no more than were sold").isEqualTo("3");
        robot.clickOn("#refund-less-0");
        assertThat(robot.lookup("#refund-restock-0").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("a shop puts returned goods back on the shelf").isTrue();
        // Two of three socks packs: 62.79 of 94.18, shared by units as the server shares them.
        assertThat(text("#refund-total")).isEqualTo("Refund $62.79");
        robot.clickOn("#refund-confirm");
        assertThat(text("#refund-problem")).isEqualTo("Give a reason for the refund.");
        robot.clickOn("#refund-reason").write("Wrong size");
        shot(stage, "pos-refund-light");

        robot.clickOn("#refund-confirm");
        waitFor("#manager-approval");
        assertThat(text("#manager-approval .subtitle")).contains("a refund of $62.79");
        robot.clickOn("#approval-email").write("cashier@" + SHOP + ".example");
        robot.clickOn("#approval-password").write(PASSWORD);
        robot.clickOn("#approval-approve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#approval-problem").isEmpty());
        assertThat(text("#approval-problem")).isEqualTo("Only someone who may refund sales can approve this.");
        robot.interact(() -> robot.lookup("#approval-email").queryTextInputControl().setText("manager@" + SHOP + ".example"));
        robot.clickOn("#approval-password").write(PASSWORD);
        shot(stage, "pos-approval-light");
        robot.clickOn("#approval-approve");

        waitFor("#receipt");
        assertThat(text("#receipt-text")).contains("*** REFUND ***", "Refund of sale " + sale.orderNumber(),
                "2 × Merino socks, 3 pairs", "−$62.79", "Card", "Approved by Marco Manager", "Reason: Wrong size",
                "Served by Carla Cashier");
        shot(stage, "pos-refund-receipt-light");
        robot.clickOn("#receipt-new-sale");

        OrderSummary after = manager.order(sale.id());
        assertThat(after.refundedTotal()).isEqualByComparingTo("62.79");
        assertThat(after.refunds()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("Wrong size"));
        assertThat(stock(manager, socks.id())).as("two packs back on the shelf").isEqualTo(before - 1);
        JsonNode returned = manager.client().get("/api/v1/inventory/items/" + socks.id() + "/movements").get("data").get(0);
        assertThat(returned.get("kind").asString()).isEqualTo("return");
        assertThat(returned.get("quantity_delta").asInt()).isEqualTo(2);

        // The receipt's barcode, scanned at the till, brings the sale back: one pack is left to refund.
        TillMenu.choose(robot, "#theme-item");
        robot.clickOn("#search").write(sale.id().toString().substring(0, 8).toUpperCase()).type(KeyCode.ENTER);
        waitFor("#refund-more-0");
        assertThat(text("#refund-sale")).startsWith("Sale " + sale.orderNumber());
        robot.clickOn("#refund-more-0").clickOn("#refund-more-0");
        assertThat(text("#refund-units-0")).isEqualTo("1");
        robot.clickOn("#refund-reason").write("Changed mind");
        shot(stage, "pos-refund-dark");
        robot.clickOn("#refund-confirm");
        waitFor("#manager-approval");
        shot(stage, "pos-approval-dark");
        robot.clickOn("#approval-email").write("manager@" + SHOP + ".example");
        robot.clickOn("#approval-password").write(PASSWORD);
        robot.clickOn("#approval-approve");
        waitFor("#receipt");
        shot(stage, "pos-refund-receipt-dark");
        robot.clickOn("#receipt-new-sale");
        assertThat(manager.order(sale.id()).refundedTotal()).as("the whole sale, to the cent").isEqualByComparingTo("94.18");
    }

    @Test
    void aManagerElsewhereApprovesACashiersRefundWhileTheTillWaitsAndDeclinesTheNext() throws Exception {
        OlympusApi manager = login(SHOP, "manager");
        CatalogueItem socks = item(manager, "SOCK-3");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(socks.id(), 2, "29.00", "card"));

        Stage stage = open("cashier");
        askRemotely(sale, "Wrong size");
        assertThat(text("#remote-approval-status")).isEqualTo("Waiting for a manager to approve…");
        Approval asked = pendingFor(manager, sale);
        assertThat(asked.kind()).isEqualTo(ApprovalKind.REFUND);
        // One of two units: half of 62.79, shared as the server shares it.
        assertThat(asked.summary()).isEqualTo("Refund of $31.40 on sale " + sale.orderNumber() + ": Wrong size");
        assertThat(asked.requesterName()).isEqualTo("Carla Cashier");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#remote-approval-countdown").matches("[12]:\\d\\d left"));
        shot(stage, "pos-remote-approval-light");
        manager.approve(asked.id(), null);

        waitFor("#receipt");
        assertThat(text("#receipt-text")).contains("*** REFUND ***", "Refund of sale " + sale.orderNumber(), "−$31.40",
                "Approved by Marco Manager", "Reason: Wrong size");
        robot.clickOn("#receipt-new-sale");
        assertThat(manager.order(sale.id()).refundedTotal()).isEqualByComparingTo("31.40");
        assertThat(manager.approval(asked.id()).status()).isEqualTo(ApprovalStatus.APPROVED);

        // The second unit: declined, with the reason, and nothing is refunded.
        askRemotely(sale, "Changed mind");
        Approval again = pendingFor(manager, sale);
        manager.decline(again.id(), "Keep the receipt next time");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#remote-approval-status").startsWith("Declined"));
        assertThat(text("#remote-approval-status")).isEqualTo("Declined by Marco Manager: Keep the receipt next time");
        shot(stage, "pos-remote-declined-light");
        robot.clickOn("#remote-approval-cancel");
        waitUntilGone("#remote-approval");
        assertThat(manager.order(sale.id()).refundedTotal()).isEqualByComparingTo("31.40");
    }

    /** Opens the sale's refund, one unit with {@code reason}, and asks a manager elsewhere to approve it. */
    private void askRemotely(OrderSummary sale, String reason) throws Exception {
        robot.press(KeyCode.F6).release(KeyCode.F6);
        waitFor("#refund");
        robot.clickOn("#refund-search").write(sale.orderNumber()).type(KeyCode.ENTER);
        waitFor("#refund-more-0");
        robot.clickOn("#refund-more-0");
        robot.clickOn("#refund-reason").write(reason);
        robot.clickOn("#refund-confirm");
        waitFor("#manager-approval");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitFor("#remote-approval");
    }

    /** The request for {@code sale} waiting on the managers' screens. */
    private static Approval pendingFor(OlympusApi manager, OrderSummary sale) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> manager.pendingApprovals().stream()
                .anyMatch(a -> sale.id().equals(a.orderId())));
        return manager.pendingApprovals().stream().filter(a -> sale.id().equals(a.orderId())).findFirst().orElseThrow();
    }

    @Test
    void anItemTheCatalogueSaysIsSoldOutIsStillSoldWhenTheCustomerBringsOne() throws Exception {
        OlympusApi manager = login(SHOP, "manager");
        CatalogueItem tote = item(manager, "TOTE");
        manager.client().post("/api/v1/inventory/items/" + tote.id() + "/adjustments", Map.of("counted", 0, "reason", "count"));

        open("cashier");
        robot.clickOn("Accessories");
        waitFor("#item-tote");
        assertThat(robot.lookup("#item-tote .tile-sold-out").queryAs(Labeled.class).getText()).isEqualTo("Sold out");
        assertThat(robot.lookup("#item-tote").queryButton().isDisabled()).isFalse();
        robot.clickOn("#item-tote");
        robot.clickOn("#pay-button");
        waitFor("#checkout");
        robot.clickOn("#tender-card");
        robot.clickOn("#tender-take");
        robot.clickOn("#checkout-complete");
        waitFor("#receipt");
        robot.clickOn("#receipt-new-sale");

        // Recorded as sold, below zero: the count was wrong, and the stock alert raised by it stays open.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stock(manager, tote.id()) == -1);
        JsonNode open = manager.client().get("/api/v1/inventory/alerts?status=open").get("data");
        assertThat(open.valueStream().filter(a -> a.get("subject").get("id").asString().equals(tote.id().toString())))
                .singleElement().satisfies(a -> assertThat(a.get("kind").asString()).isEqualTo("stock_depleted"));
    }

    @Test
    void aSaleTheServerCannotRecordWaitsForAManagersDecisionAndIsKeptWhenDiscarded() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        // A sale kept on this till for a product the catalogue no longer has.
        OlympusApi nobody = new OlympusApi(new OlympusClient(url));
        Outbox kept = new Outbox(dir.resolve("outbox"), nobody, Clock.systemUTC());
        kept.add(TillDrafts.sale(UUID.randomUUID(), 2, "12.00", "cash"));
        kept.close();

        Stage stage = open("cashier", dir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#outbox-count").contains("1 need attention"));
        robot.clickOn("#outbox-count");
        waitFor("#sales-attention");
        assertThat(robot.lookup("#attention-list").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(text(".attention-why")).isEqualTo("A product on the sale is not in the catalogue any more (lines[0].product_id).");
        robot.clickOn(".attention-what");
        shot(stage, "pos-attention-light");
        // The same in the dark: closed, the theme switched under More, and opened again.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntilGone("#sales-attention");
        TillMenu.choose(robot, "#theme-item");
        robot.clickOn("#outbox-count");
        waitFor("#sales-attention");
        robot.clickOn(".attention-what");
        shot(stage, "pos-attention-dark");
        ListView<?> list = robot.lookup("#attention-list").queryAs(ListView.class);
        robot.clickOn("#attention-discard");
        assertThat(text("#attention-problem")).isEqualTo("Give a reason for discarding the sale.");
        robot.clickOn("#attention-reason").write("Sample handed out, not a sale");
        robot.clickOn("#attention-discard");
        waitFor("#manager-approval");
        robot.clickOn("#approval-email").write("manager@" + SHOP + ".example");
        robot.clickOn("#approval-password").write(PASSWORD);
        robot.clickOn("#approval-approve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().isEmpty());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#outbox-count").query().isVisible());
        // The sale itself, as it was kept, and beside it who decided, when and why.
        Path discarded = dir.resolve("outbox").resolve("discarded");
        try (Stream<Path> files = Files.list(discarded)) {
            // A ".reported" mark joins them once the server has been told, which may or may not be done yet.
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".reported"))).hasSize(2)
                    .anyMatch(n -> n.endsWith(".discarded"));
        }
        try (Stream<Path> files = Files.list(discarded)) {
            Path decision = files.filter(p -> p.toString().endsWith(".discarded")).findFirst().orElseThrow();
            assertThat(Files.readString(decision)).contains("Sample handed out, not a sale", "Marco Manager", "lines[0].product_id");
        }
    }

    @Test
    void aSessionTheServerEndedKeepsTheSalesUntilTheCashierLogsInAgain() throws Exception {
        String salon = "glow-salon";
        OlympusApi owner = login(salon, "owner");
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = open(salon, "cashier", dir);

        // The owner sets a new password for the cashier, which ends the till's session on the server.
        UUID cashier = Stream.of(owner.client().get("/api/v1/users").get("data")).flatMap(d -> d.valueStream())
                .filter(u -> u.get("email").asString().startsWith("cashier@")).map(u -> UUID.fromString(u.get("id").asString()))
                .findFirst().orElseThrow();
        owner.client().patch("/api/v1/users/" + cashier, Map.of("password", "a-brand-new-password"));

        // The shampoo's barcode, scanned.
        robot.clickOn("#search").write("3474636397624").type(KeyCode.ENTER);
        robot.clickOn("#pay-button");
        waitFor("#checkout");
        robot.clickOn("#quick-cash-0");
        robot.clickOn("#checkout-complete");
        waitFor("#receipt");
        robot.clickOn("#receipt-new-sale");
        waitFor("#session-ended");
        assertThat(text("#session-ended-text")).contains("log in again");
        assertThat(text("#outbox-count")).isEqualTo("1 waiting to send");
        shot(stage, "pos-session-ended-light");

        robot.clickOn("#session-ended-login");
        waitFor("#login-password");
        logIn("a-brand-new-password");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#outbox-count").query().isVisible());
        assertThat(robot.lookup("#session-ended").query().isVisible()).isFalse();
        List<OrderSummary> today = owner.salesSince(java.time.Instant.now().minusSeconds(600));
        assertThat(today).anySatisfy(o -> assertThat(o.items()).extracting(OrderSummary.Line::sku).containsExactly("PRD-SHA"));
    }

    private Stage open(String who) throws Exception {
        return open(who, Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-"));
    }

    private Stage open(String who, Path dir) throws Exception {
        return open(SHOP, who, dir);
    }

    private Stage open(String tenant, String who, Path dir) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--server=" + url, "--till-dir=" + dir, "--lang=en", "--window", "--mode=till",
                "--tenant=" + tenant, "--email=" + who + "@" + tenant + ".example");
        logIn(PASSWORD);
        return stage;
    }

    private void logIn(String password) throws Exception {
        waitFor("#login-password");
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
    }



    private static int stock(OlympusApi api, UUID item) {
        return api.client().get("/api/v1/inventory/items/" + item).get("current_stock").asInt();
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilGone(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void shot(Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name);
    }
}
