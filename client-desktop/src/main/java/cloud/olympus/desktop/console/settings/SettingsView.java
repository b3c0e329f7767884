package cloud.olympus.desktop.console.settings;

import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.auth.Permission;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The settings screen's content: a tab for each section the person may use. */
final class SettingsView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(SettingsView.class.getResource(
            "/cloud/olympus/desktop/console/console-admin.css")).toExternalForm();

    private final Messages messages;

    SettingsView(SettingsViewModel model, Messages messages) {
        this.messages = messages;
        setId("console-settings");
        getStyleClass().add("console-screen");
        getStylesheets().add(STYLESHEET);
        TabPane tabs = new TabPane();
        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        boolean business = model.session().may(Permission.TENANT_SETTINGS);
        if (business) {
            tabs.getTabs().add(tab("profile", new ProfileSection(model.profile(), messages)));
            tabs.getTabs().add(tab("taxes", new TaxSection(model.taxes(), messages)));
            tabs.getTabs().add(tab("loyalty", new LoyaltySection(model.loyalty(), messages)));
            tabs.getTabs().add(tab("features", new FeaturesSection(model.features(), messages)));
            tabs.getTabs().add(tab("branding", new BrandingSection(model.branding(), messages)));
        }
        if (model.session().may(Permission.USER_ADMIN)) {
            tabs.getTabs().add(tab("users", new UsersSection(model.users(), messages)));
        }
        if (model.session().may(Permission.STAFF_VIEW)) {
            tabs.getTabs().add(tab("roles", new RolesSection(model.roles(), messages, model.session().may(Permission.STAFF_ADMIN))));
        }
        if (model.session().may(Permission.DEVICE_MANAGE)) {
            tabs.getTabs().add(tab("devices", new DevicesSection(model.devices(), messages)));
        }
        if (model.session().may(Permission.LOCATION_VIEW)) {
            tabs.getTabs().add(tab("locations", new LocationsSection(model.locations(), messages)));
        }
        Label problem = new Label();
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(model.problemProperty().map(messages::text));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        setTop(problem);
        setCenter(tabs);
    }

    private Tab tab(String section, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab tab = new Tab(messages.get("console.settings.tab." + section), scroll);
        tab.setId("settings-tab-" + section);
        return tab;
    }

    /** A text field bound both ways to {@code value}, with an id for tests and the keyboard. */
    static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A form's save button, its status and its general problem, below its fields. */
    static Node saveRow(BusinessForm form, Messages messages, String id) {
        Button save = new Button(messages.get("console.form.save"));
        save.setId(id);
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(form.form().busyProperty());
        save.setOnAction(e -> form.save());
        Label status = new Label();
        status.setId(id + "-status");
        status.getStyleClass().add("text-success");
        status.textProperty().bind(form.form().statusProperty().map(messages::text));
        return new VBox(8, FormFields.general(messages, form.form().problemsProperty(), id + "-problem"), new HBox(12, save, status));
    }

    /** A section laid out as a column of fields. */
    static VBox column(Node... children) {
        VBox column = new VBox(12, children);
        column.getStyleClass().add("console-form");
        column.setPadding(new Insets(4));
        column.setMaxWidth(640);
        return column;
    }

    /** A short explanation under a section's title. */
    static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return note;
    }
}
