package cloud.olympus.desktop.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.desktop.console.ShownInFull;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.SteadyRobot;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The jobs in the settings' roles against the demo server: the owner adds one, with a code checked first, and renames it. */
class SettingsRolesTest {

    private static final String TENANT = "harbor-hotel";

    private final FxRobot robot = new SteadyRobot();
    private ConsoleScreenStage screen;

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void theOwnerAddsAJobAndRenamesIt() throws Exception {
        WorkforceAdmin workforce = new WorkforceAdmin(DemoServer.login(TENANT, "owner").client());
        String code = "sommelier_" + UUID.randomUUID().toString().substring(0, 6);
        screen = ConsoleScreenStage.open(TENANT, "owner", SettingsScreen::new);
        screen.waitFor("#settings-tabs");
        robot.clickOn("#settings-tab-roles .tab-label");
        screen.waitFor("#staff-role-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(
                () -> !robot.lookup("#staff-roles").queryAs(ListView.class).getItems().isEmpty()));

        robot.clickOn("#staff-role-new");
        robot.clickOn("#staff-role-code").write("Sommelier");
        robot.clickOn("#staff-role-name").write("Sommelier");
        robot.clickOn("#staff-role-save");
        screen.waitFor("#staff-role-code-error");
        assertThat(text("#staff-role-code-error")).startsWith("2 to 40 lower-case letters");

        robot.interact(() -> robot.lookup("#staff-role-code").queryAs(javafx.scene.control.TextField.class).setText(""));
        robot.clickOn("#staff-role-code").write(code);
        robot.clickOn("#staff-role-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workforce.roles().stream().anyMatch(r -> r.code().equals(code)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup("#staff-roles")
                .queryAs(ListView.class).getSelectionModel().getSelectedItem() instanceof StaffRole r && r.code().equals(code)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text("#staff-role-status").isEmpty());
        assertThat(ShownInFull.of(FxQueries.onFxThread(() -> robot.lookup("#staff-role-status").query())))
                .as("the saved message beside Save shows in full: %s", text("#staff-role-status")).isTrue();
        screen.shoot("console-settings-roles-jobs");

        robot.clickOn("#staff-role-name");
        robot.press(KeyCode.END).release(KeyCode.END);
        robot.write(" (wine)");
        robot.clickOn("#staff-role-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workforce.roles().stream()
                .anyMatch(r -> r.code().equals(code) && r.name().equals("Sommelier (wine)")));
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
