package cloud.olympus.desktop.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.pos.PanelStage;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import cloud.olympus.model.auth.Role;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The till's pairing panel against a real server: the code is taken as a person types it (lower case,
 * spaces for the dash), a mistyped code is said in the till's language before anything is sent, and
 * an unknown one after. Renders the panel, light and dark, to target/screenshots.
 */
class PairWatchOverlayTest {

    private final FxRobot robot = new SteadyRobot();
    @RegisterExtension
    final PanelStage panels = new PanelStage();
    private final java.util.concurrent.ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void tearDown() {
        background.shutdownNow();
    }

    @Test
    void theCodeIsTakenAsAPersonTypesItAndShownAsTheWatchShowsIt() throws Exception {
        OlympusClient watch = new OlympusClient(DemoServer.url());
        OlympusClient.DeviceCode code = watch.requestDeviceCode("bella-cucina");
        PairWatchViewModel model = new PairWatchViewModel(DemoServer.login("bella-cucina", "cashier"), background,
                Platform::runLater);
        show(new PairWatchOverlay(model, Messages.forLocale(Locale.ENGLISH), () -> { }), ThemeManager.Mode.LIGHT);
        assertThat(text("#pair-watch-cancel")).isEqualTo("Cancel");

        robot.clickOn("#pair-watch-code").write(code.userCode().replace("-", " ").toLowerCase(Locale.ROOT));
        Screenshots.write(panels.stage().getScene(), "pos-pair-watch-light");
        robot.clickOn("#pair-watch-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pair-watch-done").query().isVisible());
        assertThat(text("#pair-watch-code")).isEqualTo(code.userCode());
        assertThat(text("#pair-watch-done")).isEqualTo("Paired. The watch is ready.");
        assertThat(text("#pair-watch-cancel")).isEqualTo("Done");
        watch.redeemDeviceCode(code.deviceCode());
        assertThat(new OlympusApi(watch).session().roles()).containsExactly(Role.CASHIER);
    }

    @Test
    void aMistypedOrUnknownCodeIsSaidInTheTillsLanguage() throws Exception {
        Messages german = Messages.forLocale(Locale.GERMAN);
        PairWatchViewModel model = new PairWatchViewModel(DemoServer.login("bella-cucina", "cashier"), background,
                Platform::runLater);
        show(new PairWatchOverlay(model, german, () -> { }), ThemeManager.Mode.DARK);
        assertThat(text("#pair-watch-ok")).isEqualTo("Koppeln");

        robot.clickOn("#pair-watch-code").write("ABCD-1234");
        robot.clickOn("#pair-watch-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#pair-watch-problem")).isEqualTo("Der Code hat acht Buchstaben, etwa BCDF-GHJK.");

        robot.interact(() -> model.codeProperty().set("ZZZZ-ZZZZ"));
        robot.clickOn("#pair-watch-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#pair-watch-problem").isEmpty()
                && robot.lookup("#pair-watch-ok").query().isVisible() && !robot.lookup("#pair-watch-code").query().isDisabled());
        assertThat(text("#pair-watch-problem")).isEqualTo(german.get("pair.not_found"));
        Screenshots.write(panels.stage().getScene(), "pos-pair-watch-dark");
        assertThat(robot.lookup("#pair-watch-done").query().isVisible()).isFalse();
    }

    @Test
    void aCodeCannotBeRedeemedBeforeItIsApproved() {
        OlympusClient watch = new OlympusClient(DemoServer.url());
        OlympusClient.DeviceCode code = watch.requestDeviceCode("bella-cucina");
        try {
            watch.redeemDeviceCode(code.deviceCode());
            throw new AssertionError("redeemed before approval");
        } catch (OlympusApiException e) {
            assertThat(e.problem().kind()).isEqualTo("authorization-pending");
            assertThat(e.status()).isEqualTo(400);
        }
    }

    private void show(PairWatchOverlay overlay, ThemeManager.Mode mode) throws Exception {
        panels.show(overlay, mode, 1024, 768);
    }

    private String text(String query) {
        return robot.lookup(query).query() instanceof javafx.scene.control.TextInputControl input ? input.getText()
                : robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
