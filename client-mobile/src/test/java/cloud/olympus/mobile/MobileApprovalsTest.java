package cloud.olympus.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.server.support.DemoServerProcess;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cashier's request for a refund, made through the API as the till makes it, appears live on the
 * manager's tablet with its countdown and is approved there with a reason; the cashier sees it approved.
 */
class MobileApprovalsTest {

    private static final int WAIT = ManagerSignIn.WAIT;
    private static final Pattern COUNTDOWN = Pattern.compile("[0-2]:[0-5]\\d left");
    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();
    @TempDir
    Path data;

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void aCashiersRequestAppearsLiveAndIsApprovedFromTheTablet() throws Exception {
        app.start(MobileApp.class, "--server=" + DemoServerProcess.url(), "--tenant=" + ManagerSignIn.TENANT, "--lang=en",
                "--data=" + data, "--tablet");
        ManagerSignIn.withPassword(robot, "manager");
        robot.clickOn("#nav-approvals");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#approvals-list"));

        OlympusApi manager = DemoServerProcess.login(ManagerSignIn.TENANT, "manager");
        OrderSummary order = MobileEndToEndTest.completedOrder(manager);
        OlympusApi cashier = DemoServerProcess.login(ManagerSignIn.TENANT, "cashier");
        Approval asked = cashier.requestApproval(new ApprovalDraft(ApprovalKind.REFUND, "Refund 5.00 on " + order.orderNumber(),
                new BigDecimal("5.00"), order.id(), Map.of(), null));

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rowOf(asked) != null);
        Parent row = rowOf(asked);
        assertThat(text(row, ".approval-summary")).isEqualTo("Refund 5.00 on " + order.orderNumber());
        assertThat(text(row, ".approval-asked-by")).startsWith("Asked by ");
        assertThat(text(row, ".approval-remaining")).matches(COUNTDOWN);

        // Other requests may be waiting too, this one below them: typed into and pressed where it is.
        FxQueries.onFxThread(() -> {
            ((TextField) row.lookup(".approval-reason")).setText("Customer known to us");
            ((Button) row.lookup(".approve")).fire();
            return null;
        });

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> cashier.approval(asked.id()).status() == ApprovalStatus.APPROVED);
        Approval decided = cashier.approval(asked.id());
        assertThat(decided.reason()).isEqualTo("Customer known to us");
        assertThat(decided.deciderName()).isNotBlank();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rowOf(asked) == null);
    }

    private Parent rowOf(Approval approval) {
        return FxQueries.onFxThread(() -> robot.lookup(".approval-row").queryAll().stream()
                .filter(n -> approval.id().equals(n.getUserData())).map(n -> (Parent) n).findFirst().orElse(null));
    }

    private static String text(Parent row, String query) {
        return FxQueries.onFxThread(() -> {
            Node node = row.lookup(query);
            return node == null ? "" : ((Labeled) node).getText();
        });
    }
}
