package cloud.olympus.desktop.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.backoffice.CustomerProfile;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.SteadyRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customers screen, headless against the demo server, as an owner uses it: find a customer, see
 * their points, save a copy of their data, and erase them after typing their name. Renders
 * {@code console-customers}, light and dark, with one of the demo's regulars.
 */
class CustomersScreenTest {

    private static final int WAIT = 30;
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
    void anOwnerFindsACustomerSeesTheirPointsExportsAndErasesThem() throws Exception {
        String surname = "Lovelace" + UUID.randomUUID().toString().substring(0, 4);
        console = new ConsoleScreenStage("bella-cucina", "owner", dir.resolve("till"));
        console.show(c -> new CustomersScreen(c, ConsoleScreenStage.folder(dir.resolve("unused"), dir)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !list().getItems().isEmpty());

        // The picture shows one of the demo's own customers (name.surnameN@example.com), the one with
        // the most points, rather than a customer some test made.
        CustomerProfile regular = list().getItems().stream().map(CustomerProfile.class::cast)
                .filter(found -> found.email() != null && found.email().matches("[a-z.]+\\d+@example\\.com"))
                .max(java.util.Comparator.comparingLong(CustomerProfile::loyaltyPoints)).orElseThrow();
        FxQueries.onFxThread(() -> {
            list().getSelectionModel().select(list().getItems().indexOf(regular));
            robot.lookup("#customer-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#customer-name").equals(regular.firstName() + " " + regular.lastName())
                && (regular.loyaltyPoints() == 0 || !table("#customer-loyalty").getItems().isEmpty()));
        console.shoot("console-customers");

        // This test's own customer comes after the picture, so that the picture shows none.
        UUID id = CustomersViewModelTest.ACustomer.withAPaidOrder(DemoServer.login("bella-cucina", "owner"), "Ada", surname);
        var owner = new cloud.olympus.client.backoffice.CustomerAdmin(DemoServer.login("bella-cucina", "owner").client());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(WAIT)).until(() -> !owner.loyalty(id).isEmpty());
        robot.clickOn("#customers-search").write(surname).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> list().getItems().size() == 1
                && ((CustomerProfile) list().getItems().get(0)).id().equals(id));
        robot.clickOn(".list-cell");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table("#customer-loyalty").getItems().size() == 1);
        assertThat(label("#customer-name")).isEqualTo("Ada " + surname);
        assertThat(table("#customer-orders").getItems()).hasSize(1);
        FxQueries.onFxThread(() -> {
            robot.lookup("#customer-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        assertThat(label("#customer-standing")).matches("\\d+ points · tier .+ · spent \\$.+");
        robot.clickOn("#customer-tag-input").write("VIP").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#customer-tag-vip"));

        robot.clickOn("#customer-export");
        Path exported = dir.resolve("customer-" + id + ".json");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> Files.exists(exported));
        assertThat(Files.readString(exported)).contains("\"last_name\":\"" + surname + "\"", "\"loyalty_ledger\"");

        robot.clickOn("#customer-erase");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#erase-confirm-name"));
        robot.clickOn("#erase-confirm-name").write("Ada");
        assertThat(robot.lookup("#erase-confirm").queryAs(Button.class).isDisabled()).isTrue();
        robot.write(" " + surname);
        assertThat(robot.lookup("#erase-confirm").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#erase-confirm");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#customer-name").equals("(erased)"));
        assertThat(label("#customers-notice")).isEqualTo("The customer's personal data was erased.");
        assertThat(table("#customer-orders").getItems()).isEmpty();
    }

    private String label(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private ListView<?> list() {
        return robot.lookup("#customers-list").queryAs(ListView.class);
    }

    private TableView<?> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
