package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin.Device;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The registered terminals and revoking one, confirmed first. */
final class DevicesSection extends VBox {

    DevicesSection(DevicesViewModel model, Messages messages) {
        super(10);
        setId("settings-devices");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        TableView<Device> table = new TableView<>(model.devices());
        table.setId("devices-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.name"), Device::name));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.registered"),
                d -> d.registeredAt() == null ? "" : when.format(d.registeredAt())));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.last_used"),
                d -> d.lastUsedAt() == null ? messages.get("console.settings.devices.never") : when.format(d.lastUsedAt())));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.state"), d -> d.revoked()
                ? messages.get("console.settings.devices.revoked_at", when.format(d.revokedAt()))
                : messages.get("console.settings.devices.live")));
        table.setPlaceholder(new Label(messages.get("console.settings.devices.none")));
        Button revoke = new Button(messages.get("console.settings.devices.revoke"));
        revoke.setId("device-revoke");
        revoke.getStyleClass().add("danger");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.form().busyProperty()).or(model.confirmingProperty().isNotNull()));
        revoke.setOnAction(e -> model.askToRevoke(table.getSelectionModel().getSelectedItem()));
        Label question = new Label();
        question.textProperty().bind(model.confirmingProperty().map(d -> messages.get("console.settings.devices.confirm_question",
                d.name())).orElse(""));
        Button yes = new Button(messages.get("console.settings.devices.confirm"));
        yes.setId("device-revoke-confirm");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> model.confirm());
        Button no = new Button(messages.get("console.settings.devices.keep"));
        no.setId("device-revoke-cancel");
        no.setCancelButton(true);
        no.setOnAction(e -> model.cancel());
        HBox confirm = new HBox(8, question, yes, no);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.visibleProperty().bind(model.confirmingProperty().isNotNull());
        confirm.managedProperty().bind(confirm.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(model.form().problemsProperty().map(p -> messages.text(p.first())));
        Label status = new Label();
        status.setId("device-status");
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        getChildren().addAll(SettingsView.note(messages.get("console.settings.devices.note")), table, new HBox(8, revoke),
                confirm, problem, status);
    }
}
