package cloud.olympus.desktop.console.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.SteadyRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The catalogue screen, headless against the demo server, as a manager uses it: add an item, receive
 * stock for it, import a file with one bad row and see that row refused, export the items. Renders
 * {@code console-catalogue} and {@code console-catalogue-import}, light and dark.
 */
class CatalogueScreenTest {

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
    void aManagerAddsAnItemReceivesStockImportsAndExports() throws Exception {
        String sku = "BAL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path file = dir.resolve("new-items.csv");
        Files.writeString(file, "sku,name,category,unit_price,current_stock,min_stock\r\n"
                + sku + "-T,Tiramisù in a jar,Dolci,6.50,12,4\r\n"
                + sku + "-P,Panna cotta in a jar,Dolci,5.5.0,8,2\r\n");
        console = new ConsoleScreenStage("bella-cucina", "manager", dir.resolve("till"));
        CatalogueScreen screen = console.show(c -> new CatalogueScreen(c, ConsoleScreenStage.folder(file, dir)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table("#catalogue-items").getItems().size() > 5);
        // The demo's own items, shot before this test adds any, the wine's stock and ledger beside them.
        FxQueries.onFxThread(() -> {
            @SuppressWarnings("unchecked")
            TableView<StockedItem> items = (TableView<StockedItem>) table("#catalogue-items");
            items.getItems().stream().filter(i -> i.sku().equals("VIN-CHI")).findFirst()
                    .ifPresent(i -> items.getSelectionModel().select(i));
            return null;
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#catalogue-item-name").startsWith("Chianti Classico"));
        assertThat(table("#catalogue-items").getColumns()).extracting(c -> c.getText()).contains("Tax class");
        console.shoot("console-catalogue");

        robot.clickOn("#catalogue-new");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#item-form-sku"));
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#item-form-tax-class").queryComboBox().getItems().stream().toList()))
                .containsExactly("alcohol", "exempt", "standard");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#item-form-tax-class").queryComboBox().getValue())).isEqualTo("standard");
        type("#item-form-sku", sku);
        type("#item-form-name", "Aged balsamic vinegar 250 ml");
        type("#item-form-category", "Pantry");
        type("#item-form-unit-price", "12.999");
        type("#item-form-min-stock", "4");
        type("#item-form-current-stock", "3");
        robot.clickOn("#item-form-save");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#item-form-unit-price-error"));
        assertThat(label("#item-form-unit-price-error")).isEqualTo("At most 2 decimals.");
        robot.clickOn("#item-form-tax-class");
        robot.clickOn("exempt (0 %)");
        robot.clickOn("#item-form-open-price");
        console.shoot("console-catalogue-item-form");
        WaitForAsyncUtils.waitForFxEvents();
        FxQueries.onFxThread(() -> {
            robot.lookup("#item-form-unit-price").queryAs(TextInputControl.class).setText("12.90");
            return null;
        });
        robot.clickOn("#item-form-save");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, "#item-form")
                && label("#catalogue-item-name").contains(sku));
        assertThat(label("#catalogue-item-stock")).isEqualTo("On hand 3 · available 3 · minimum 4");

        type("#adjust-quantity", "5");
        type("#adjust-note", "Delivery from Modena");
        robot.clickOn("#adjust-submit");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#catalogue-item-stock").startsWith("On hand 8"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table("#catalogue-movements").getItems().size() == 2);
        StockedItem shown = (StockedItem) table("#catalogue-items").getItems().stream()
                .filter(i -> ((StockedItem) i).sku().equals(sku)).findFirst().orElseThrow();
        assertThat(shown.currentStock()).isEqualTo(8);
        assertThat(shown.taxClass()).isEqualTo("exempt");
        assertThat(shown.openPrice()).isTrue();

        robot.clickOn("#catalogue-import");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#import-choose"));
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table("#import-errors").getItems().size() == 1);
        assertThat(label("#import-status")).isEqualTo("1 of 2 rows are refused; see below.");
        console.shoot("console-catalogue-import");
        robot.clickOn("#import-save-refused");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#import-saved").startsWith("Refused rows saved"));
        assertThat(Files.readString(dir.resolve("refused-rows.csv"))).startsWith("row,column,problem,record")
                .contains("3,unit_price,");
        robot.clickOn("#import-partial");
        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#import-status").startsWith("Applied"));
        assertThat(label("#import-status")).isEqualTo("Applied: 1 added, 0 changed.");
        robot.clickOn("#import-close");
        assertThat(screen.model().admin().items(new cloud.olympus.client.backoffice.CatalogueAdmin.ItemFilter(sku + "-T", null,
                false), null).rows()).extracting(StockedItem::sku).containsExactly(sku + "-T");

        robot.clickOn("#catalogue-export");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#catalogue-notice").startsWith("Items saved"));
        assertThat(label("#catalogue-notice")).isEqualTo("Items saved to items.csv.");
        assertThat(dir.toFile().list((in, name) -> name.endsWith(".part"))).as("nothing half written is left").isEmpty();
        assertThat(Files.readString(dir.resolve("items.csv"))).contains(sku + ",Aged balsamic vinegar 250 ml,Pantry,12.90,")
                .contains(sku + "-T,Tiramisù in a jar,Dolci,6.50,");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("olympus-import") || t.getName().contains("export")));
    }

    @Test
    void aCategoryIsAddedOnItsOwnAndAWrongColourIsSaidAtItsField() throws Exception {
        String name = "Olive oils " + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        console = new ConsoleScreenStage("bella-cucina", "manager", dir.resolve("till"));
        CatalogueScreen screen = console.show(c -> new CatalogueScreen(c, ConsoleScreenStage.folder(dir.resolve("none.csv"), dir)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table("#catalogue-items").getItems().size() > 5);
        robot.clickOn("Categories");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#category-create-name"));
        type("#category-create-name", name);
        type("#category-create-colour", "green");
        robot.clickOn("#category-create");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#category-create-colour-error"));
        assertThat(label("#category-create-colour-error")).startsWith("A colour such as #C0392B");
        assertThat(label("#catalogue-problem")).as("not in the screen's problem line").isEmpty();
        type("#category-create-colour", "#6B8E23");
        type("#category-create-order", "12");
        robot.clickOn("#category-create");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table("#catalogue-category-table").getItems().stream()
                .anyMatch(c -> ((cloud.olympus.client.api.CatalogueItem.Category) c).name().equals(name)));
        assertThat(FxQueries.showing(robot, "#category-create-colour-error")).isFalse();
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#category-create-name").queryAs(TextInputControl.class).getText()))
                .isEmpty();
        screen.model().admin().removeCategory(name);
    }

    private void type(String query, String text) {
        FxQueries.onFxThread(() -> {
            robot.lookup(query).queryAs(TextInputControl.class).setText("");
            return null;
        });
        robot.clickOn(query).write(text);
    }

    private String label(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private TableView<?> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
