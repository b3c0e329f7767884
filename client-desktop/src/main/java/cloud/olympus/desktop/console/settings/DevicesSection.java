package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin.Device;
import cloud.olympus.client.admin.BusinessAdmin.PairedDevice;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The registered terminals and the paired watches, each in a table, and revoking one, confirmed
 * first: a terminal stops working, a watch's session ends.
 */
final class DevicesSection extends VBox {

    private final Messages messages;
    private final DateTimeFormatter when;

    DevicesSection(DevicesViewModel model, Messages messages) {
        super(10);
        this.messages = messages;
        setId("settings-devices");
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        TableView<Device> table = new TableView<>(model.devices());
        table.setId("devices-table");
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.name"), Device::name));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.registered"),
                d -> d.registeredAt() == null ? "" : when.format(d.registeredAt())));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.last_used"),
                d -> lastUsed(d.lastUsedAt())));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.devices.state"), d -> d.revoked()
                ? messages.get("console.settings.devices.revoked_at", when.format(d.revokedAt()))
                : messages.get("console.settings.devices.live")));
        table.setPlaceholder(new Label(messages.get("console.settings.devices.none")));

        TableView<PairedDevice> paired = new TableView<>(model.paired().items());
        paired.setId("paired-table");
        paired.getColumns().add(TableColumns.text(messages.get("console.settings.paired.who"), PairedDevice::userName));
        paired.getColumns().add(TableColumns.text(messages.get("console.settings.paired.roles"), d -> d.roles().stream()
                .map(role -> messages.get("role." + role)).collect(Collectors.joining(", "))));
        paired.getColumns().add(TableColumns.text(messages.get("console.settings.paired.device"),
                d -> d.userAgent() == null ? messages.get("console.settings.paired.unknown_device") : d.userAgent()));
        paired.getColumns().add(TableColumns.text(messages.get("console.settings.paired.paired_at"),
                d -> when.format(d.pairedAt())));
        paired.getColumns().add(TableColumns.text(messages.get("console.settings.devices.last_used"),
                d -> lastUsed(d.lastUsedAt())));
        paired.setPlaceholder(new Label(messages.get("console.settings.paired.none")));
        Label pairedTitle = new Label(messages.get("console.settings.paired.title"));
        pairedTitle.getStyleClass().add("title-4");

        Label tillsTitle = new Label(messages.get("console.settings.devices.title"));
        tillsTitle.getStyleClass().add("title-4");
        getChildren().addAll(tillsTitle, SettingsView.note(messages.get("console.settings.devices.note")));
        getChildren().addAll(revocable(model, table, "device", "console.settings.devices", Device::name));
        getChildren().addAll(pairedTitle, SettingsView.note(messages.get("console.settings.paired.note")));
        getChildren().addAll(revocable(model.paired(), paired, "paired", "console.settings.paired", PairedDevice::userName));
    }

    private String lastUsed(Instant at) {
        return at == null ? messages.get("console.settings.devices.never") : when.format(at);
    }

    /**
     * The table, its revoke button, the question that confirms it, and what went wrong or right;
     * controls get ids starting {@code id}, texts come from keys under {@code keys}.
     */
    private <T> java.util.List<javafx.scene.Node> revocable(RevocableList<T> model, TableView<T> table, String id, String keys,
                                                           Function<T, String> name) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        Button revoke = new Button(messages.get(keys + ".revoke"));
        revoke.setId(id + "-revoke");
        revoke.getStyleClass().add("danger");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.form().busyProperty()).or(model.confirmingProperty().isNotNull()));
        revoke.setOnAction(e -> model.askToRevoke(table.getSelectionModel().getSelectedItem()));
        Label question = new Label();
        question.textProperty().bind(model.confirmingProperty().map(d -> messages.get(keys + ".confirm_question",
                name.apply(d))).orElse(""));
        Button yes = new Button(messages.get(keys + ".confirm"));
        yes.setId(id + "-revoke-confirm");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> model.confirm());
        Button no = new Button(messages.get(keys + ".keep"));
        no.setId(id + "-revoke-cancel");
        no.setOnAction(e -> model.cancel());
        HBox confirm = new HBox(8, question, yes, no);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.visibleProperty().bind(model.confirmingProperty().isNotNull());
        // Escape keeps the one asked about; only the question showing answers it.
        no.cancelButtonProperty().bind(confirm.visibleProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(model.form().problemsProperty().map(p -> messages.text(p.first())));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId(id + "-status");
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        return java.util.List.of(table, new HBox(8, revoke), confirm, problem, status);
    }
}
