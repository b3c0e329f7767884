package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What roles may do: the fixed matrix of permissions by role (read only: it is the server's access
 * table) and, beside it, what each staff role adds for its people (changed by those who run staff),
 * its name, and new jobs of the business's own.
 */
final class RolesSection extends HBox {

    RolesSection(RolesViewModel model, Messages messages, boolean mayChange) {
        super(24);
        setId("settings-roles");
        TableView<RolesViewModel.Row> matrix = new TableView<>(javafx.collections.FXCollections.observableList(model.matrix()));
        matrix.setId("permission-matrix");
        matrix.getStyleClass().add("permission-matrix");
        TableColumn<RolesViewModel.Row, String> what = new TableColumn<>(messages.get("console.settings.roles.permission"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("permission." + c.getValue().permission().wireName())));
        what.setPrefWidth(330);
        what.setSortable(false);
        matrix.getColumns().add(what);
        for (Role role : Role.values()) {
            TableColumn<RolesViewModel.Row, String> column = new TableColumn<>(messages.get("role." + role.wireName()));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().granted().get(role) ? "✔" : ""));
            column.getStyleClass().add("granted-column");
            column.setPrefWidth(78);
            column.setSortable(false);
            matrix.getColumns().add(column);
        }
        HBox.setHgrow(matrix, Priority.ALWAYS);
        VBox left = new VBox(8, SettingsView.note(messages.get("console.settings.roles.note")), matrix);
        VBox.setVgrow(matrix, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        ListView<StaffRole> jobs = new ListView<>(model.staffRoles());
        jobs.setId("staff-roles");
        jobs.setPrefHeight(140);
        jobs.setMinHeight(120);
        jobs.setCellFactory(FormFields.cells(StaffRole::name));
        jobs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && jobs.getSelectionModel().getSelectedItem() != now) {
                jobs.getSelectionModel().select(now);
                jobs.scrollTo(now);
            }
        });
        Button add = new Button(messages.get("console.settings.roles.new"));
        add.setId("staff-role-new");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            model.startNew();
            jobs.getSelectionModel().clearSelection();
        });
        TextField code = new TextField();
        code.setId("staff-role-code");
        code.textProperty().bindBidirectional(model.codeProperty());
        code.disableProperty().bind(model.addingProperty().not());
        TextField name = new TextField();
        name.setId("staff-role-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.disableProperty().bind(model.selectedProperty().isNull().and(model.addingProperty().not()));
        model.addingProperty().addListener((o, was, now) -> {
            if (now) {
                code.requestFocus();
            }
        });
        HBox naming = new HBox(10, FormFields.field(messages, "console.settings.roles.code", code, model.form().problemsProperty(), "code"),
                FormFields.field(messages, "console.settings.roles.name", name, model.form().problemsProperty(), "name"));
        HBox.setHgrow(naming.getChildren().get(1), Priority.ALWAYS);
        VBox adds = new VBox(4);
        adds.setId("staff-role-permissions");
        for (Permission permission : Permission.values()) {
            CheckBox box = new CheckBox(messages.get("permission." + permission.wireName()));
            box.setId("extra-" + permission.wireName());
            box.selectedProperty().bindBidirectional(model.extraProperty(permission));
            adds.getChildren().add(box);
        }
        adds.disableProperty().bind(model.selectedProperty().isNull().and(model.addingProperty().not()));
        Button save = new Button(messages.get("console.form.save"));
        save.setId("staff-role-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.selectedProperty().isNull().and(model.addingProperty().not())
                .or(model.form().busyProperty()));
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("staff-role-status");
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        // Under Save, on lines of its own, so the whole message shows however long it is.
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        Label heading = new Label(messages.get("console.settings.roles.staff_roles"));
        heading.getStyleClass().add("title-4");
        // The permissions scroll, so the job's name and Save stay in view at any height.
        ScrollPane addsScroll = new ScrollPane(adds);
        addsScroll.setFitToWidth(true);
        VBox.setVgrow(addsScroll, Priority.ALWAYS);
        VBox addsField = FormFields.field(messages, "console.settings.roles.adds", addsScroll, model.form().problemsProperty(),
                "permissions");
        VBox.setVgrow(addsField, Priority.ALWAYS);
        VBox right = new VBox(8, heading, SettingsView.note(messages.get("console.settings.roles.extra_note")), jobs, add, naming,
                addsField, FormFields.general(messages, model.form().problemsProperty(), "staff-role-problem"), save, status);
        right.setPrefWidth(420);
        right.setMinWidth(380);
        right.setDisable(!mayChange);
        getChildren().addAll(left, right);
    }
}
