package cloud.olympus.mobile;

import cloud.olympus.fx.manager.ManagerScreen;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.server.support.DemoServerProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen on a tablet (landscape and upright) and a phone, light and dark, against the demo
 * server: {@code target/screenshots/mobile-<screen>-<tablet|tablet-portrait|phone>-<light|dark>.png}.
 */
class MobileScreenshotsTest {

    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();
    @TempDir
    Path data;

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    /** Something to show: an order under way, a sale of today and an item to count. */
    @org.junit.jupiter.api.BeforeAll
    static void somethingToShow() {
        var manager = DemoServerProcess.login(ManagerSignIn.TENANT, "manager");
        MobileEndToEndTest.order(manager);
        MobileEndToEndTest.completedOrder(manager);
        manager.client().post("/api/v1/inventory/items", java.util.Map.of("sku", SKU, "name", "Flour 25 kg", "unit_price", "30.00",
                "current_stock", 14, "min_stock", 4, "max_stock", 20));
    }

    private static final String SKU = "FLOUR-" + java.util.UUID.randomUUID().toString().substring(0, 6);

    @ParameterizedTest
    @CsvSource({"TABLET, light", "TABLET, dark", "TABLET_PORTRAIT, light", "TABLET_PORTRAIT, dark", "PHONE, light", "PHONE, dark"})
    void everyScreen(DeviceSize size, String theme) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server=" + DemoServerProcess.url(), "--tenant=" + ManagerSignIn.TENANT,
                "--lang=en", "--theme=" + theme, "--data=" + data));
        args.addAll(switch (size) {
            case TABLET -> List.of("--tablet");
            case TABLET_PORTRAIT -> List.of("--tablet", "--portrait");
            case PHONE -> List.of("--phone");
        });
        Stage stage = app.start(MobileApp.class, args.toArray(String[]::new));
        String suffix = size.label() + "-" + theme;
        WaitForAsyncUtils.waitFor(ManagerSignIn.WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#signin-email"));
        Screenshots.write(stage.getScene(), "mobile-signin-" + suffix);
        ManagerSignIn.withPassword(robot, "manager");
        for (ManagerScreen screen : ManagerScreen.values()) {
            FxQueries.onFxThread(() -> {
                robot.lookup("#nav-" + screen.id()).queryAs(ToggleButton.class).fire();
                return null;
            });
            WaitForAsyncUtils.waitFor(ManagerSignIn.WAIT, TimeUnit.SECONDS, () -> settled(screen));
            if (screen == ManagerScreen.APPROVALS) {
                aRequestWaiting();
                WaitForAsyncUtils.waitFor(ManagerSignIn.WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".approval-row"));
            }
            if (screen == ManagerScreen.ASK) {
                WaitForAsyncUtils.waitFor(ManagerSignIn.WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#ask-question"));
                ManagerSignIn.set(robot, "#ask-question", "Top 5 products this week");
                robot.clickOn("#ask-submit");
                WaitForAsyncUtils.waitFor(ManagerSignIn.WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#ask-text")
                        && FxQueries.showing(robot, "#ask-recommendations > *"));
            }
            if (screen == ManagerScreen.COUNT) {
                ManagerSignIn.set(robot, "#count-search", SKU);
                robot.clickOn("#count-find");
                WaitForAsyncUtils.waitFor(ManagerSignIn.WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".count-line")
                        || FxQueries.showing(robot, ".count-match"));
            }
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.write(stage.getScene(), "mobile-" + screen.id() + "-" + suffix);
        }
    }

    /** A cashier's refund waiting for a manager (requests expire within minutes, so one for each picture). */
    private static void aRequestWaiting() {
        var manager = DemoServerProcess.login(ManagerSignIn.TENANT, "manager");
        var order = MobileEndToEndTest.completedOrder(manager);
        DemoServerProcess.login(ManagerSignIn.TENANT, "cashier").requestApproval(new cloud.olympus.client.api.ApprovalDraft(
                cloud.olympus.model.approvals.ApprovalKind.REFUND, "Refund a cold Margherita on " + order.orderNumber(),
                order.total(), order.id(), java.util.Map.of(), null));
    }

    /** The screen is shown and has its figures, or says why not. */
    private boolean settled(ManagerScreen screen) {
        return FxQueries.onFxThread(() -> robot.lookup("#screen-" + screen.id()).tryQuery().filter(Node::isVisible).isPresent()
                && robot.lookup("#status-" + screen.id()).tryQuery().map(n -> !"Loading…".equals(((Labeled) n).getText()))
                .orElse(true));
    }
}
