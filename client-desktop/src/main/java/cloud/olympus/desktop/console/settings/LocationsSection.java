package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import atlantafx.base.controls.ModalPane;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The organisation's locations, open and closed; under the list, the chosen one's name to change
 * and the button that closes it or opens it again; beside it, the form that opens a new one.
 */
final class LocationsSection extends StackPane {

    private final ModalPane modal = new ModalPane();

    LocationsSection(LocationsViewModel model, Messages messages) {
        setId("settings-locations");
        BorderPane page = new BorderPane();
        getChildren().addAll(page, modal);
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
        page.setCenter(new VBox(12, table, chosen(model, messages)));
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
        page.setRight(form);
        BorderPane.setMargin(form, new Insets(0, 0, 0, 16));
        model.closingProperty().addListener((o, was, now) -> {
            if (now != null) {
                modal.show(closeDialog(model, messages, now));
            } else {
                modal.hide(true);
            }
        });
        // Escape, a click beside the dialog or closing the pane any other way leaves the location open.
        modal.displayProperty().addListener((o, was, now) -> {
            if (!now) {
                model.keepOpen();
            }
        });
    }

    /** Asks whether to close the location, naming it and what closing does; Escape leaves it open. */
    private static VBox closeDialog(LocationsViewModel model, Messages messages, Location location) {
        Label title = new Label(messages.get("console.settings.locations.close_title", location.name()));
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label explain = new Label(messages.get("console.settings.locations.close_explain", location.name()));
        explain.setWrapText(true);
        Button confirm = new Button(messages.get("console.settings.locations.close_confirm"));
        confirm.setId("location-close-confirm");
        confirm.getStyleClass().add("danger");
        confirm.setOnAction(e -> model.close());
        Button cancel = new Button(messages.get("console.settings.locations.close_cancel"));
        cancel.setId("location-close-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.keepOpen());
        VBox dialog = new VBox(12, title, explain, new HBox(8, confirm, cancel));
        dialog.setId("location-close-dialog");
        dialog.getStyleClass().addAll("console-dialog", "card");
        dialog.setPadding(new Insets(20));
        dialog.setPrefWidth(520);
        dialog.setMaxSize(520, Region.USE_PREF_SIZE);
        javafx.application.Platform.runLater(cancel::requestFocus);
        return dialog;
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
        Button close = new Button(messages.get("console.settings.locations.close_ask"));
        close.setId("location-close");
        close.getStyleClass().add("danger");
        close.setOnAction(e -> model.askToClose());
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
