package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import cloud.olympus.client.admin.BusinessAdmin.Location;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The organisation's locations, open and closed; under the list, the chosen one's name to change
 * and the button that closes it or opens it again; beside it, the form that opens a new one.
 */
final class LocationsSection extends BorderPane {

    LocationsSection(LocationsViewModel model, Messages messages) {
        setId("settings-locations");
        TableView<Location> table = new TableView<>(model.locations());
        table.setId("locations-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.name"), Location::name));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.locations.slug"), Location::slug));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.locations.state"),
                l -> messages.get(l.active() ? "console.settings.locations.open" : "console.settings.locations.is_closed")));
        table.setPlaceholder(new Label(messages.get("console.settings.locations.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        setCenter(new VBox(12, table, chosen(model, messages)));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        var problems = model.form().problemsProperty();
        Button add = new Button(messages.get("console.settings.locations.add"));
        add.setId("location-add");
        add.getStyleClass().add("accent");
        add.setDefaultButton(true);
        add.disableProperty().bind(model.form().busyProperty().or(model.mayOpenProperty().not()));
        add.setOnAction(e -> model.add());
        Label status = new Label();
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        Label cannot = SettingsView.note(messages.get("console.settings.locations.not_included"));
        cannot.visibleProperty().bind(model.mayOpenProperty().not());
        VBox form = SettingsView.column(
                FormFields.field(messages, "console.settings.locations.name_label", text("location-name", model.nameProperty()),
                        problems, "name"),
                FormFields.field(messages, "console.settings.locations.slug_label", text("location-slug", model.slugProperty()),
                        problems, "slug"),
                FormFields.general(messages, problems, "location-problem"), add, status, cannot);
        form.setPrefWidth(380);
        setRight(form);
        BorderPane.setMargin(form, new Insets(0, 0, 0, 16));
    }

    /** The chosen location: its name to change, and closing or opening it again. Hidden until one is chosen. */
    private static VBox chosen(LocationsViewModel model, Messages messages) {
        var problems = model.change().problemsProperty();
        var busy = model.change().busyProperty();
        Button rename = new Button(messages.get("console.settings.locations.rename"));
        rename.setId("location-rename");
        rename.disableProperty().bind(busy);
        rename.setOnAction(e -> model.rename());
        var renameField = text("location-new-name", model.newNameProperty());
        renameField.setOnAction(e -> model.rename());
        renameField.setPrefColumnCount(24);
        Button close = new Button(messages.get("console.settings.locations.close"));
        close.setId("location-close");
        close.getStyleClass().add("danger");
        close.setOnAction(e -> model.close());
        Button reopen = new Button(messages.get("console.settings.locations.reopen"));
        reopen.setId("location-reopen");
        reopen.setOnAction(e -> model.reopen());
        var active = model.selectedProperty().map(Location::active).orElse(false);
        close.visibleProperty().bind(active);
        close.managedProperty().bind(close.visibleProperty());
        close.disableProperty().bind(busy);
        reopen.visibleProperty().bind(close.visibleProperty().not());
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.disableProperty().bind(busy);
        HBox nameRow = new HBox(8, renameField, rename);
        nameRow.setId("location-rename-row");
        Label status = new Label();
        status.setId("location-change-status");
        status.getStyleClass().add("text-success");
        status.setWrapText(true);
        status.textProperty().bind(model.change().statusProperty().map(messages::text));
        VBox chosen = new VBox(8, FormFields.field(messages, "console.settings.locations.rename_label", nameRow, problems, "name"),
                SettingsView.note(messages.get("console.settings.locations.close_note")), close, reopen,
                FormFields.general(messages, problems, "location-change-problem"), status);
        chosen.setId("location-chosen");
        chosen.visibleProperty().bind(model.selectedProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        return chosen;
    }
}
