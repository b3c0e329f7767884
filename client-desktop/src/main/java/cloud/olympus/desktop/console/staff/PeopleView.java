package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.BusinessAdmin.UserAccount;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.desktop.console.ConsoleStyles;
import cloud.olympus.desktop.console.UserActivationView;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The staff list and, beside it, the form that adds or changes a staff profile. */
final class PeopleView extends BorderPane {

    PeopleView(PeopleViewModel model, Messages messages, boolean mayEdit) {
        setId("staff-people");
        TableView<StaffMember> table = new TableView<>(model.shown());
        table.setId("staff-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.name"), StaffMember::name));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.email"), StaffMember::email));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.role"), s -> model.roleName(s.staffRole())));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.rate"),
                s -> s.hourlyRate() == null ? "" : s.hourlyRate().toPlainString()));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.state"),
                s -> messages.get(!s.userActive() ? "console.staff.people.deactivated_state"
                        : s.active() ? "console.staff.people.active" : "console.staff.people.retired")));
        // Those who no longer work (retired, or who cannot log in) are listed greyed.
        ConsoleStyles.greyInactive(table, s -> !s.working());
        CheckBox showInactive = new CheckBox(messages.get("console.staff.people.show_inactive"));
        showInactive.setId("staff-show-inactive");
        showInactive.selectedProperty().bindBidirectional(model.showInactiveProperty());
        HBox filters = new HBox(8, showInactive);
        filters.setPadding(new Insets(0, 0, 8, 0));
        setTop(filters);
        table.setPlaceholder(new Label(messages.get("console.staff.people.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.edit(now);
            }
        });
        setCenter(table);

        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(model.editingProperty().map(m -> messages.get("console.staff.people.edit", m.name()))
                .orElse(messages.get("console.staff.people.add")));
        ComboBox<UserAccount> user = new ComboBox<>(model.usersWithoutProfile());
        user.setId("staff-user");
        user.setMaxWidth(Double.MAX_VALUE);
        user.valueProperty().bindBidirectional(model.userProperty());
        FormFields.showAs(user, u -> u.displayName() == null ? u.email() : u.displayName() + " · " + u.email());
        VBox userField = FormFields.field(messages, "console.staff.people.user", user, model.form().problemsProperty(), "user_id");
        userField.visibleProperty().bind(model.editingProperty().isNull());
        userField.managedProperty().bind(userField.visibleProperty());

        ComboBox<StaffRole> role = new ComboBox<>(model.roles());
        role.setId("staff-role");
        role.setMaxWidth(Double.MAX_VALUE);
        role.valueProperty().bindBidirectional(model.roleProperty());
        FormFields.showAs(role, StaffRole::name);
        TextField rate = new TextField();
        rate.setId("staff-rate");
        rate.textProperty().bindBidirectional(model.hourlyRateProperty());
        CheckBox active = new CheckBox(messages.get("console.staff.people.active_box"));
        active.setId("staff-active");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        active.visibleProperty().bind(model.editingProperty().isNotNull());

        Button save = new Button(messages.get("console.form.save"));
        save.setId("staff-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button fresh = new Button(messages.get("console.staff.people.new"));
        fresh.setId("staff-new");
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        save.disableProperty().bind(model.form().busyProperty());
        UserActivationView deactivate = new UserActivationView("staff", model.editingProperty().map(StaffMember::userActive),
                model.editingProperty().map(StaffMember::name), new SimpleBooleanProperty(model.mayManageUsers()), model.activation(),
                model.form().busyProperty(), model::askToDeactivate, model::deactivate, model::reactivate, messages);
        Label deactivateNote = new Label(messages.get("console.staff.people.deactivate_note"));
        deactivateNote.getStyleClass().add("text-muted");
        deactivateNote.setWrapText(true);
        deactivateNote.visibleProperty().bind(deactivate.visibleProperty());
        deactivateNote.managedProperty().bind(deactivate.visibleProperty());
        Label status = new Label();
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));

        VBox form = new VBox(10, heading, userField,
                FormFields.field(messages, "console.staff.people.role_label", role, model.form().problemsProperty(), "staff_role"),
                FormFields.field(messages, "console.staff.people.rate_label", rate, model.form().problemsProperty(), "hourly_rate"),
                active, FormFields.general(messages, model.form().problemsProperty(), "staff-problem"), new HBox(8, save, fresh), status,
                new Separator(), deactivate, deactivateNote);
        form.setId("staff-form");
        form.getStyleClass().add("console-form");
        form.setPadding(new Insets(0, 0, 0, 16));
        form.setPrefWidth(360);
        // Deactivating needs user_admin: whoever has it may change staff profiles too.
        form.setDisable(!mayEdit);
        setRight(form);
    }
}
