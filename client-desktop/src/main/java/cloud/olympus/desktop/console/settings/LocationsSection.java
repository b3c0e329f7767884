package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The organisation's locations and the form that opens a new one. */
final class LocationsSection extends BorderPane {

    LocationsSection(LocationsViewModel model, Messages messages) {
        setId("settings-locations");
        TableView<Business> table = new TableView<>(model.locations());
        table.setId("locations-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.name"), Business::name));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.locations.slug"), Business::slug));
        table.setPlaceholder(new Label(messages.get("console.settings.locations.none")));
        setCenter(table);
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
        BorderPane.setMargin(form, new javafx.geometry.Insets(0, 0, 0, 16));
    }
}
