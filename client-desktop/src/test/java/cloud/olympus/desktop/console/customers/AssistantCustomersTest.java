package cloud.olympus.desktop.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.backoffice.CustomerAdmin;
import cloud.olympus.client.backoffice.CustomerProfile;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.desktop.console.ScreenSwitch;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.SteadyRobot;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customers the assistant suggests getting in touch with, opened on the customers screen against
 * the demo server: just them (one no longer there left out), until the next search shows everyone.
 */
class AssistantCustomersTest {

    private final FxRobot robot = new SteadyRobot();
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
    void theSuggestedCustomersAreShownAloneUntilTheNextSearch() throws Exception {
        List<CustomerProfile> some = new CustomerAdmin(DemoServer.login("bella-cucina", "owner").client()).find("", null).rows();
        assertThat(some.size()).isGreaterThan(3);
        List<UUID> suggested = List.of(some.get(2).id(), UUID.randomUUID(), some.get(0).id());

        console = new ConsoleScreenStage("bella-cucina", "owner", dir.resolve("till"));
        ScreenSwitch screens = console.context().screenSwitch();
        screens.openWith(id -> id.equals("customers"));
        assertThat(screens.open("customers", new ScreenSwitch.CustomersToShow(suggested))).isTrue();
        console.show(c -> new CustomersScreen(c, ConsoleScreenStage.folder(dir.resolve("unused"), dir)));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list().getItems().size() == 2);
        assertThat(FxQueries.onFxThread(() -> list().getItems().stream().map(c -> ((CustomerProfile) c).id()).toList()))
                .containsExactly(some.get(2).id(), some.get(0).id());
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#customers-notice").queryAs(Label.class).getText()))
                .startsWith("Showing the 2 customers the assistant suggests");

        robot.clickOn("#customers-search").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list().getItems().size() > 2);
    }

    private ListView<?> list() {
        return FxQueries.onFxThread(() -> robot.lookup("#customers-list").queryAs(ListView.class));
    }
}
