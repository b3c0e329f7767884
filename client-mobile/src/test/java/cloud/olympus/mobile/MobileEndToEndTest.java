package cloud.olympus.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.watch.GlanceTexts;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.server.support.DemoServerProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real manager app, headless, against the real demo server: signed in with a password or by
 * pairing, an order placed at the till appears live, a stock alert is acknowledged, a count is
 * booked, the staff screen, today's figures and an answer to an example question.
 */
class MobileEndToEndTest {

    private static final Pattern CODE = Pattern.compile("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
    private static final int WAIT = ManagerSignIn.WAIT;
    private static String url;
    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();
    @TempDir
    Path data;

    @BeforeAll
    static void startServer() {
        url = DemoServerProcess.url();
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void anOrderPlacedAtTheTillAppearsLiveAndAStockAlertIsAcknowledged() throws Exception {
        start("--tablet");
        ManagerSignIn.withPassword(robot, "manager");
        OlympusApi manager = DemoServerProcess.login(ManagerSignIn.TENANT, "manager");

        OrderSummary order = order(manager);
        String number = GlanceTexts.shortNumber(order);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup("#orders-list")
                .queryAs(ListView.class).getItems().stream().anyMatch(o -> ((OrderSummary) o).id().equals(order.id()))));
        robot.clickOn(node -> node instanceof Labeled l && l.getText() != null && l.getText().startsWith(number + " ·"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> order.orderNumber().equals(optionalText("#order-number")));

        String name = "Oregano " + UUID.randomUUID().toString().substring(0, 6);
        lowStock(manager, name);
        robot.clickOn("#nav-alerts");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rowOf(name) != null);
        assertThat(FxQueries.onFxThread(() -> ((javafx.scene.Parent) rowOf(name)).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("reorder")).map(n -> ((Labeled) n).getText()).findFirst()))
                .contains("Reorder 16");
        robot.clickOn(FxQueries.onFxThread(() -> ((javafx.scene.Parent) rowOf(name)).lookup(".acknowledge")));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.openStockAlerts().stream()
                .noneMatch(a -> a.subject().label().equals(name)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rowOf(name) == null);
    }

    @Test
    void aCountIsBookedAsTheDifferenceFromTheBooks() throws Exception {
        start("--phone");
        ManagerSignIn.withPassword(robot, "manager");
        OlympusApi manager = DemoServerProcess.login(ManagerSignIn.TENANT, "manager");
        String sku = "C-" + UUID.randomUUID().toString().substring(0, 8);
        var item = manager.client().post("/api/v1/inventory/items", Map.of("sku", sku, "name", "Counted " + sku,
                "unit_price", "2.00", "current_stock", 12, "min_stock", 1));

        robot.clickOn("#nav-count");
        ManagerSignIn.set(robot, "#count-search", sku);
        robot.clickOn("#count-find");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".count-quantity"));
        robot.clickOn(".count-quantity").write("9");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "Difference: -3".equals(optionalText(".count-variance")));
        robot.clickOn("#count-book");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.client()
                .get("/api/v1/inventory/items/" + item.get("id").asString()).get("current_stock").asInt() == 9);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> "1 count booked.".equals(optionalText("#count-message")));
    }

    @Test
    void pairedFromTheTillTheManagerSeesStaffTodaysFiguresAndAnAnswer() throws Exception {
        start("--tablet", "--portrait");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#signin-pair"));
        ManagerSignIn.set(robot, "#signin-business", ManagerSignIn.TENANT);
        robot.clickOn("#signin-pair");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> CODE.matcher(optionalText("#pairing-code")).matches());
        DemoServerProcess.login(ManagerSignIn.TENANT, "manager").approveDevice(optionalText("#pairing-code"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#manager-shell"));

        robot.clickOn("#nav-staff");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> optionalText("#staff-count")
                .matches("Nobody on shift|\\d+ (person|people) on shift"));
        robot.clickOn("#nav-today");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> optionalText("#kpi-revenue").startsWith("$"));
        robot.clickOn("#nav-ask");
        robot.clickOn(".ask-example");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !optionalText("#ask-text").isEmpty());
        assertThat(optionalText("#status-ask")).isEmpty();
    }

    private void start(String... size) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--server=" + url, "--tenant=" + ManagerSignIn.TENANT, "--lang=en",
                "--data=" + data));
        args.addAll(List.of(size));
        app.start(MobileApp.class, args.toArray(String[]::new));
    }

    private Node rowOf(String name) {
        return FxQueries.onFxThread(() -> robot.lookup(".alert-row").queryAll().stream()
                .filter(row -> row.lookupAll(".alert-text").stream().anyMatch(t -> ((Labeled) t).getText().startsWith(name)))
                .findFirst().orElse(null));
    }

    private String optionalText(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> n instanceof Labeled l
                ? l.getText() : ((TextField) n).getText()).orElse(""));
    }

    /** A Margherita paid in cash at the till. */
    static OrderSummary order(OlympusApi manager) {
        UUID pizza = manager.catalogue(null).items().stream().filter(i -> i.sku().equals("PIZ-MAR")).findFirst().orElseThrow().id();
        OrderDraft draft = new OrderDraft(UUID.randomUUID(), OrderSource.POS, List.of(new OrderDraft.Line(pizza, 1,
                List.of(new OrderDraft.Choice("Size", "Large", null)), null, null)), null, List.of(), null, List.of(), null, null, null, false, null, null, null);
        OrderSummary order = manager.placeOrder(draft);
        return manager.pay(order.id(), new OrderDraft.Tender(PaymentMethod.CASH, order.total(), null, null),
                UUID.randomUUID().toString());
    }

    /** A Margherita paid in cash and taken through the kitchen to completed: a sale the figures count. */
    static OrderSummary completedOrder(OlympusApi manager) {
        OrderSummary order = order(manager);
        while (order.status() != cloud.olympus.model.commerce.OrderStatus.COMPLETED) {
            order = manager.changeStatus(order.id(), cloud.olympus.model.commerce.OrderStatus.values()[order.status().ordinal() + 1]);
        }
        return order;
    }

    /** An item of its own with a maximum of 20 whose stock falls to 4 of a minimum of 5: an alert suggesting 16 more. */
    static void lowStock(OlympusApi manager, String name) {
        var item = manager.client().post("/api/v1/inventory/items", Map.of("sku", "M-" + UUID.randomUUID().toString().substring(0, 8),
                "name", name, "unit_price", "3.00", "current_stock", 10, "min_stock", 5, "max_stock", 20));
        manager.client().post("/api/v1/inventory/items/" + item.get("id").asString() + "/adjustments",
                Map.of("quantity_delta", -6, "reason", "waste"), UUID.randomUUID().toString());
    }
}
