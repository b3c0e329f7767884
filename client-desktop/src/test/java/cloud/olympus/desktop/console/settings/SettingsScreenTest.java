package cloud.olympus.desktop.console.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.SessionEndedException;
import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.DrawnPictures;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings screen against the demo server, as the hotel's owner: the accent previewed and then
 * saved re-themes the console and cleared un-themes it, the logo is fetched into the preview, a
 * tax class named twice is refused on its row, a tax rate changes, a wrong time zone is refused next to its field,
 * a user is added, a location renamed and closed, a terminal revoked and a paired watch's session ended.
 */
class SettingsScreenTest {

    private static final String TENANT = "harbor-hotel";

    private static DrawnPictures pictures;
    private final FxRobot robot = new SteadyRobot();
    private ConsoleScreenStage screen;
    /** The demo business's branding as it was before a test changed it, put back after it. */
    private Map<String, Object> brandingBefore;
    private BusinessAdmin brandedBy;

    @BeforeAll
    static void serveTheLogo() throws Exception {
        pictures = new DrawnPictures();
    }

    @AfterAll
    static void stopServing() {
        pictures.close();
    }

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
        if (brandingBefore != null) {
            brandedBy.change(null, null, brandingBefore);
        }
    }

    /** Keeps the business's branding as it is now, to be put back once the test is over. */
    private void restoreBrandingAfterwards(BusinessAdmin admin) {
        Map<String, Object> now = admin.business().branding();
        brandingBefore = new java.util.HashMap<>();
        for (String key : List.of("app_name", "accent_color", "logo_url")) {
            brandingBefore.put(key, now.get(key));
        }
        brandedBy = admin;
    }

    @Test
    void brandingPreviewsLiveAndSavingRethemesTheConsole() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        BusinessAdmin admin = new BusinessAdmin(owner.client());
        restoreBrandingAfterwards(admin);
        admin.change(null, null, Map.of("accent_color", "#2F5D8A"));
        screen = ConsoleScreenStage.open(TENANT, "owner", SettingsScreen::new);
        screen.waitFor("#settings-tabs");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !value("#profile-name").isEmpty());
        Screenshots.write(screen.scene(), "console-settings-light");
        screen.theme(ThemeManager.Mode.DARK);
        Screenshots.write(screen.scene(), "console-settings-dark");
        screen.theme(ThemeManager.Mode.LIGHT);

        robot.clickOn("#settings-tab-features .tab-label");
        screen.waitFor("#feature-tips");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#features-list").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().size())).isEqualTo(4);
        screen.shoot("console-settings-features");
        robot.clickOn("#settings-tab-roles .tab-label");
        screen.waitFor("#permission-matrix");
        screen.shoot("console-settings-roles");

        robot.clickOn("#settings-tab-branding .tab-label");
        screen.waitFor("#branding-accent");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> value("#branding-accent").equals("#2F5D8A"));
        Color before = background("#profile-save");
        replace("#branding-accent", "#1E8449");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background("#branding-preview-button")).isEqualTo(Color.web("#1E8449"));
        assertThat(background("#profile-save")).as("the console keeps its accent until saved").isEqualTo(before);
        replace("#branding-logo", pictures.url("nowhere.png"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#branding-logo-status").startsWith("The logo at "));
        assertThat(FxQueries.showing(robot, "#branding-logo-image")).isFalse();
        replace("#branding-logo", pictures.url("harbor-hotel-logo.png"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#branding-logo-image"));
        assertThat(FxQueries.showing(robot, "#branding-logo-status")).isFalse();
        Screenshots.write(screen.scene(), "console-settings-branding-light");
        screen.theme(ThemeManager.Mode.DARK);
        Screenshots.write(screen.scene(), "console-settings-branding-dark");
        screen.theme(ThemeManager.Mode.LIGHT);

        robot.clickOn("#branding-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Color.web("#1E8449").equals(background("#profile-save")));
        assertThat(FxQueries.onFxThread(() -> screen.scene().getStylesheets().stream().anyMatch(s -> s.startsWith("data:text/css"))))
                .isTrue();
        assertThat(admin.business().branding().get("accent_color")).isEqualTo("#1E8449");
        assertThat(admin.business().branding().get("logo_url")).isEqualTo(pictures.url("harbor-hotel-logo.png"));

        // Clearing the accent gives the console the theme's own again.
        robot.interact(() -> robot.lookup("#branding-accent").queryAs(TextField.class).clear());
        robot.clickOn("#branding-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !admin.business().branding().containsKey("accent_color")
                || admin.business().branding().get("accent_color") == null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> before.equals(background("#profile-save"))
                && FxQueries.onFxThread(() -> screen.scene().getStylesheets().stream().noneMatch(sheet -> sheet.startsWith("data:text/css"))));

        replace("#branding-accent", "green");
        robot.clickOn("#branding-save");
        screen.waitFor("#branding-colour-error");
        assertThat(text("#branding-colour-error")).isEqualTo("Write the colour as # and six hex digits, such as #C0392B");
    }

    @Test
    void aTaxRateChangesAndTheServersObjectionShowsByItsField() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        BusinessAdmin admin = new BusinessAdmin(owner.client());
        screen = ConsoleScreenStage.open(TENANT, "owner", SettingsScreen::new);
        screen.waitFor("#settings-tabs");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !value("#profile-timezone").isEmpty());

        replace("#profile-timezone", "Mars/Olympus_Mons");
        robot.clickOn("#profile-save");
        screen.waitFor("#profile-timezone-error");
        assertThat(text("#profile-timezone-error")).contains("time zone");

        robot.clickOn("#settings-tab-taxes .tab-label");
        screen.waitFor("#tax-rate-1");
        String taxClass = value("#tax-class-1");
        replace("#tax-rate-1", "abc");
        robot.clickOn("#tax-save");
        screen.waitFor("#tax-row-1-error");
        assertThat(text("#tax-row-1-error")).isEqualTo("The rate of " + taxClass + " must be a percentage from 0 to 100");
        int rows = FxQueries.onFxThread(() -> (int) robot.lookup(n -> n.getId() != null && n.getId().startsWith("tax-class-")).queryAll().size());
        robot.clickOn("#tax-add");
        String added = "#tax-class-" + (rows + 1);
        screen.waitFor(added);
        robot.clickOn(added).write(taxClass);
        robot.clickOn("#tax-rate-" + (rows + 1)).write("3");
        robot.clickOn("#tax-save");
        screen.waitFor("#tax-row-" + (rows + 1) + "-error");
        assertThat(text("#tax-row-" + (rows + 1) + "-error")).startsWith(taxClass + " is already listed above");
        screen.shoot("console-settings-taxes");
        robot.clickOn("#tax-remove-" + (rows + 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, added));
        replace("#tax-rate-1", "7.25");
        robot.clickOn("#tax-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new BigDecimal("0.0725").compareTo(new BigDecimal(
                ((Map<?, ?>) admin.business().settings().get("tax_rates")).get(taxClass).toString())) == 0);
        assertThat(text("#tax-save-status")).isEqualTo("Saved");
        assertThat(FxQueries.showing(robot, "#tax-rates-error")).isFalse();
        assertThat(FxQueries.showing(robot, "#tax-row-1-error")).isFalse();
    }

    @Test
    void theOwnerAddsAUserAndRevokesATerminal() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        RegisteredDevice device = owner.registerDevice("Pool bar till " + UUID.randomUUID().toString().substring(0, 6));
        screen = ConsoleScreenStage.open(TENANT, "owner", SettingsScreen::new);
        screen.waitFor("#settings-tabs");

        robot.clickOn("#settings-tab-users .tab-label");
        screen.waitFor("#user-email");
        String email = "night-porter-" + UUID.randomUUID().toString().substring(0, 8) + "@harbor-hotel.example";
        robot.clickOn("#user-email").write(email);
        robot.clickOn("#user-name").write("Nina Night");
        robot.clickOn("#user-password").write("short");
        robot.clickOn("#user-save");
        screen.waitFor("#user-password-error");
        replace("#user-password", "lantern-2026");
        robot.clickOn("#user-role-manager");
        robot.clickOn("#user-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup("#users-table")
                .<BusinessAdmin.UserAccount>queryTableView().getItems().stream().anyMatch(u -> u.email().equals(email))));
        BusinessAdmin.UserAccount added = new BusinessAdmin(owner.client()).users(200, null).users().stream()
                .filter(u -> u.email().equals(email)).findFirst().orElseThrow();
        assertThat(added.roles()).containsExactlyInAnyOrder("cashier", "manager");
        assertThat(new OlympusApi(new cloud.olympus.client.OlympusClient(DemoServer.url()))
                .login(TENANT, email, "lantern-2026").displayName()).isEqualTo("Nina Night");

        // Deactivated from here, they stay listed, greyed, with since when; Reactivate lets them in again.
        robot.clickOn("#user-deactivate");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> askingToDeactivate());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !askingToDeactivate());
        robot.clickOn("#user-deactivate");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> askingToDeactivate());
        robot.clickOn("#user-deactivate-confirm");
        says("#user-status", "Nina Night is deactivated");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> userRow(email) != null && userRow(email).getOpacity() < 1);
        assertThat(FxQueries.onFxThread(() -> robot.from(userRow(email)).lookup(".table-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).toList())).anyMatch(t -> t != null && t.startsWith("Deactivated since "));
        assertThat(new BusinessAdmin(owner.client()).users(200, null).users()).anyMatch(u -> u.email().equals(email) && !u.active());
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#user-deactivate").queryButton().getText())).isEqualTo("_Reactivate");
        screen.shoot("console-settings-users");
        robot.clickOn("#user-deactivate");
        says("#user-status", "Nina Night may log in again");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> userRow(email) != null && userRow(email).getOpacity() == 1);
        assertThat(new BusinessAdmin(owner.client()).users(200, null).users()).anyMatch(u -> u.email().equals(email) && u.active());

        robot.clickOn("#settings-tab-devices .tab-label");
        screen.waitFor("#devices-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> {
            TableView<BusinessAdmin.Device> table = robot.lookup("#devices-table").queryTableView();
            return table.getItems().stream().anyMatch(d -> d.id().equals(device.id()));
        }));
        robot.interact(() -> {
            TableView<BusinessAdmin.Device> table = robot.lookup("#devices-table").queryTableView();
            table.getSelectionModel().select(table.getItems().stream().filter(d -> d.id().equals(device.id())).findFirst().orElseThrow());
        });
        robot.clickOn("#device-revoke");
        screen.waitFor("#device-revoke-confirm");
        robot.clickOn("#device-revoke-confirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new BusinessAdmin(owner.client()).devices().stream()
                .anyMatch(d -> d.id().equals(device.id()) && d.revoked()));
        says("#device-status", device.name() + " is revoked");
    }

    @Test
    void theOwnerRenamesALocationAndClosesIt() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        BusinessAdmin admin = new BusinessAdmin(owner.client());
        String slug = "harbor-cabana-" + UUID.randomUUID().toString().substring(0, 6);
        UUID cabana = admin.addLocation(slug, "Beach Cabana").id();
        screen = ConsoleScreenStage.open(TENANT, "owner", SettingsScreen::new);
        screen.waitFor("#settings-tabs");

        robot.clickOn("#settings-tab-locations .tab-label");
        screen.waitFor("#locations-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup("#locations-table")
                .<BusinessAdmin.Location>queryTableView().getItems().stream().anyMatch(l -> l.id().equals(cabana))));
        assertThat(FxQueries.showing(robot, "#location-chosen")).as("nothing to change before a location is chosen").isFalse();
        robot.interact(() -> {
            TableView<BusinessAdmin.Location> table = robot.lookup("#locations-table").queryTableView();
            table.getSelectionModel().select(table.getItems().stream().filter(l -> l.id().equals(cabana)).findFirst().orElseThrow());
        });
        screen.waitFor("#location-new-name");
        assertThat(value("#location-new-name")).isEqualTo("Beach Cabana");
        replace("#location-new-name", "Beach Cabana South");
        robot.clickOn("#location-rename");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#location-change-status").equals("Renamed to Beach Cabana South"));
        assertThat(admin.locations()).anyMatch(l -> l.id().equals(cabana) && l.name().equals("Beach Cabana South"));
        Screenshots.write(screen.scene(), "console-settings-locations-light");
        screen.theme(ThemeManager.Mode.DARK);
        Screenshots.write(screen.scene(), "console-settings-locations-dark");
        screen.theme(ThemeManager.Mode.LIGHT);

        // Closing asks first, naming the location and what it does; Escape leaves it open.
        robot.clickOn("#location-close");
        screen.waitFor("#location-close-dialog");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#location-close-dialog .label").queryAll().stream()
                .map(l -> ((Label) l).getText()).toList()))
                .contains("Close Beach Cabana South?")
                .anyMatch(t -> t.startsWith("Everyone logged in at Beach Cabana South is logged out at once"));
        Screenshots.write(screen.scene(), "console-settings-locations-close-light");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> FxQueries.onFxThread(
                () -> robot.lookup("#location-close-dialog").tryQuery().isEmpty()));
        assertThat(admin.locations()).as("Escape leaves it open").anyMatch(l -> l.id().equals(cabana));
        robot.clickOn("#location-close");
        screen.waitFor("#location-close-confirm");
        robot.clickOn("#location-close-confirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#location-change-status").equals("Beach Cabana South is closed"));
        assertThat(admin.locations()).noneMatch(l -> l.id().equals(cabana));
        assertThat(FxQueries.showing(robot, "#location-reopen")).isTrue();
        assertThat(FxQueries.showing(robot, "#location-close")).isFalse();
    }

    @Test
    void theOwnerEndsTheSessionOfAPairedWatch() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        OlympusApi manager = DemoServer.login(TENANT, "manager");
        BusinessAdmin admin = new BusinessAdmin(owner.client());
        var before = admin.pairedDevices().stream().map(BusinessAdmin.PairedDevice::id).toList();
        OlympusClient watch = SettingsViewModelsTest.pairWatch(TENANT, manager);
        UUID paired = admin.pairedDevices().stream().map(BusinessAdmin.PairedDevice::id).filter(id -> !before.contains(id))
                .findFirst().orElseThrow();
        screen = ConsoleScreenStage.open(TENANT, "owner", SettingsScreen::new);
        screen.waitFor("#settings-tabs");

        robot.clickOn("#settings-tab-devices .tab-label");
        screen.waitFor("#paired-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> robot.lookup("#paired-table")
                .<BusinessAdmin.PairedDevice>queryTableView().getItems().stream().anyMatch(d -> d.id().equals(paired))));
        BusinessAdmin.PairedDevice shown = FxQueries.onFxThread(() -> {
            TableView<BusinessAdmin.PairedDevice> table = robot.lookup("#paired-table").queryTableView();
            return table.getItems().stream().filter(d -> d.id().equals(paired)).findFirst().orElseThrow();
        });
        assertThat(shown.userId()).isEqualTo(manager.session().userId());
        robot.interact(() -> robot.lookup("#paired-table").<BusinessAdmin.PairedDevice>queryTableView().getSelectionModel()
                .select(shown));
        Screenshots.write(screen.scene(), "console-settings-devices-light");
        screen.theme(ThemeManager.Mode.DARK);
        Screenshots.write(screen.scene(), "console-settings-devices-dark");
        screen.theme(ThemeManager.Mode.LIGHT);
        robot.clickOn("#paired-revoke");
        screen.waitFor("#paired-revoke-confirm");
        assertThat(asking("#device-revoke-confirm")).as("only the watches' question is asked").isFalse();
        // Escape keeps it.
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !asking("#paired-revoke-confirm"));
        assertThat(watch.get("/api/v1/users/me").get("id").asString()).isEqualTo(shown.userId().toString());

        robot.clickOn("#paired-revoke");
        screen.waitFor("#paired-revoke-confirm");
        robot.clickOn("#paired-revoke-confirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> admin.pairedDevices().stream().noneMatch(d -> d.id().equals(paired)));
        says("#paired-status", "The watch session of " + shown.userName() + " has ended");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#paired-table").<BusinessAdmin.PairedDevice>queryTableView()
                .getItems().stream().noneMatch(d -> d.id().equals(paired)))).isTrue();
        assertThatThrownBy(() -> watch.get("/api/v1/users/me")).isInstanceOf(SessionEndedException.class);
    }

    /** Whether the question to deactivate the user selected is showing. */
    private boolean askingToDeactivate() {
        return FxQueries.onFxThread(() -> robot.lookup("#user-deactivate-confirm").query().getParent().getParent().isVisible());
    }

    private javafx.scene.control.TableRow<?> userRow(String email) {
        return FxQueries.onFxThread(() -> robot.lookup("#users-table .table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof BusinessAdmin.UserAccount u
                        && u.email().equals(email))
                .map(r -> (javafx.scene.control.TableRow<?>) r).findFirst().orElse(null));
    }

    /** Whether the question a confirm button answers is showing (the button sits in it). */
    private boolean asking(String confirmButton) {
        return FxQueries.onFxThread(() -> robot.lookup(confirmButton).query().getParent().isVisible());
    }

    /**
     * Waits for the status {@code query} to say {@code expected}: a revocation is said once the list
     * has been fetched again, after the server has already taken it.
     */
    private void says(String query, String expected) throws Exception {
        screen.waitFor(query);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(query).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            // The assertion below says what was shown instead.
        }
        assertThat(text(query)).isEqualTo(expected);
    }

    /** Empties a text field, then types into it as a person would. */
    private void replace(String query, String typed) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
        robot.clickOn(query).write(typed);
    }

    private Color background(String query) {
        return FxQueries.onFxThread(() -> {
            Region node = robot.lookup(query).queryAs(Region.class);
            node.applyCss();
            Paint fill = node.getBackground() == null || node.getBackground().getFills().isEmpty() ? null
                    : node.getBackground().getFills().get(node.getBackground().getFills().size() - 1).getFill();
            return fill instanceof Color colour ? colour : null;
        });
    }

    private String value(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(TextField.class).getText());
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
