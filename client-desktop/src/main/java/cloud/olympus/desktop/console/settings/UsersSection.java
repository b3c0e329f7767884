package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import cloud.olympus.client.admin.BusinessAdmin.UserAccount;
import cloud.olympus.desktop.console.ConsoleStyles;
import cloud.olympus.desktop.console.UserActivationView;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.auth.Role;
import java.util.Date;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The users list and the form that adds one, changes one's roles or removes one. */
final class UsersSection extends BorderPane {

    UsersSection(UsersViewModel model, Messages messages) {
        setId("settings-users");
        TableView<UserAccount> table = new TableView<>(model.users());
        table.setId("users-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.email"), UserAccount::email));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.name"),
                u -> u.displayName() == null ? "" : u.displayName()));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.users.roles"), u -> u.roles().stream()
                .map(r -> messages.get("role." + r)).collect(Collectors.joining(", "))));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.state"), u -> state(u, messages)));
        // Deactivated users stay listed, greyed, as on the Staff screen.
        ConsoleStyles.greyInactive(table, u -> !u.active());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        Button more = new Button(messages.get("console.settings.users.more"));
        more.setId("users-more");
        more.visibleProperty().bind(model.moreProperty());
        more.setOnAction(e -> model.loadMore());
        setCenter(new VBox(8, table, more));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        heading.textProperty().bind(model.selectedProperty().map(u -> messages.get("console.settings.users.edit", u.email()))
                .orElse(messages.get("console.settings.users.add")));
        var problems = model.form().problemsProperty();
        TextField email = text("user-email", model.emailProperty());
        email.disableProperty().bind(model.selectedProperty().isNotNull());
        TextField name = text("user-name", model.displayNameProperty());
        name.disableProperty().bind(model.selectedProperty().isNotNull());
        PasswordField password = new PasswordField();
        password.setId("user-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        VBox passwordField = FormFields.field(messages, "console.settings.users.password", password, problems, "password");
        passwordField.visibleProperty().bind(model.selectedProperty().isNull());
        passwordField.managedProperty().bind(passwordField.visibleProperty());
        FlowPane roles = new FlowPane(12, 6);
        roles.setId("user-roles");
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.get("role." + role.wireName()));
            box.setId("user-role-" + role.wireName());
            box.selectedProperty().bindBidirectional(model.roleProperty(role));
            roles.getChildren().add(box);
        }
        Button save = new Button(messages.get("console.form.save"));
        save.setId("user-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.form().busyProperty());
        save.setOnAction(e -> model.save());
        Button fresh = new Button(messages.get("console.settings.users.new"));
        fresh.setId("user-new");
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        Button remove = new Button(messages.get("console.settings.users.remove"));
        remove.setId("user-remove");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.selectedProperty().isNull().or(model.form().busyProperty()));
        remove.setOnAction(e -> model.remove());
        UserActivationView activation = new UserActivationView("user", model.selectedProperty().map(UserAccount::active),
                model.selectedProperty().map(UsersViewModel::nameOf), new SimpleBooleanProperty(true), model.activation(),
                model.form().busyProperty(), model::askToDeactivate, model::deactivate, model::reactivate, messages);
        Label status = new Label();
        status.setId("user-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        VBox form = SettingsView.column(heading,
                FormFields.field(messages, "console.settings.users.email", email, problems, "email"),
                FormFields.field(messages, "console.settings.users.name", name, problems, "display_name"),
                passwordField,
                FormFields.field(messages, "console.settings.users.roles_label", roles, problems, "roles"),
                FormFields.general(messages, problems, "user-problem"), new HBox(8, save, fresh, remove), activation, status,
                SettingsView.note(messages.get("console.settings.users.note")));
        form.setPrefWidth(420);
        setRight(form);
        BorderPane.setMargin(form, new javafx.geometry.Insets(0, 0, 0, 16));
        model.startNew();
    }

    /** Active, or deactivated and since when. */
    private static String state(UserAccount user, Messages messages) {
        if (user.active()) {
            return messages.get("console.staff.people.active");
        }
        return user.deactivatedAt() == null ? messages.get("console.staff.people.deactivated_state")
                : messages.get("console.settings.users.deactivated_since", Date.from(user.deactivatedAt()));
    }
}
