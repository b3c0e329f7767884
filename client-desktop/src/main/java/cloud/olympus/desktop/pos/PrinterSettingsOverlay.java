package cloud.olympus.desktop.pos;

import cloud.olympus.desktop.receipt.NetworkPrinter;
import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.SystemQueuePrinter;
import cloud.olympus.fx.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The terminal's receipt printer: the kind, its details, a test page, and saving the choice. */
final class PrinterSettingsOverlay extends Overlay {

    PrinterSettingsOverlay(PrinterSettingsViewModel model, Messages messages, Runnable onClose) {
        super("printer-settings", messages.get("printer.title"), onClose);
        card().getStyleClass().add("printer-card");

        FlowPane kinds = new FlowPane();
        kinds.getStyleClass().add("printer-kinds");
        kinds.getChildren().setAll(toggles(PrinterChoice.Kind.values(), model.kindProperty(), "printer-kind", "printer.kind.", messages));
        Label hint = new Label();
        hint.setId("printer-hint");
        hint.getStyleClass().add("printer-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());

        TextField host = field("printer-host", "192.168.1.60", model.hostProperty());
        TextField port = field("printer-port", String.valueOf(NetworkPrinter.DEFAULT_PORT), model.portProperty());
        port.getStyleClass().add("printer-port");
        GridPane network = form(model, PrinterChoice.Kind.NETWORK);
        network.addRow(0, new Label(messages.get("printer.host")), host);
        network.addRow(1, new Label(messages.get("printer.port")), port);

        GridPane device = form(model, PrinterChoice.Kind.DEVICE);
        device.addRow(0, new Label(messages.get("printer.device")),
                field("printer-device", PrinterSettingsViewModel.DEFAULT_DEVICE, model.deviceProperty()));

        ComboBox<String> queue = new ComboBox<>(model.queues());
        queue.setId("printer-queue");
        queue.getStyleClass().add("printer-queue");
        queue.setPlaceholder(new Label(messages.get("printer.no_queues")));
        queue.valueProperty().bindBidirectional(model.queueProperty());
        Button refresh = new Button(messages.get("printer.refresh"));
        refresh.setId("printer-refresh");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.refreshQueues());
        HBox formats = new HBox();
        formats.getChildren().setAll(toggles(SystemQueuePrinter.Format.values(), model.formatProperty(), "printer-format",
                "printer.format.", messages));
        formats.getStyleClass().add("printer-formats");
        HBox queueRow = new HBox(queue, refresh);
        queueRow.getStyleClass().add("printer-queue-row");
        GridPane system = form(model, PrinterChoice.Kind.SYSTEM);
        system.addRow(0, new Label(messages.get("printer.queue")), queueRow);
        system.addRow(1, new Label(messages.get("printer.format")), formats);

        GridPane pdf = form(model, PrinterChoice.Kind.PDF_FOLDER);
        pdf.addRow(0, new Label(messages.get("printer.folder")), field("printer-folder", "", model.folderProperty()));

        Label status = new Label();
        status.setId("printer-status");
        status.getStyleClass().add("print-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, was, now) -> status.pseudoClassStateChanged(ReceiptOverlay.PROBLEM, now));

        Button test = new Button(messages.get("printer.test"));
        test.setId("printer-test");
        test.disableProperty().bind(model.busyProperty().or(model.kindProperty().isEqualTo(PrinterChoice.Kind.NONE)));
        test.setOnAction(e -> model.testPrint());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId("printer-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button save = new Button(messages.get("printer.save"));
        save.setId("printer-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (model.save()) {
                close();
            }
        });
        HBox actions = new HBox(test, Overlays.spacer(), cancel, save);
        actions.getStyleClass().add("overlay-actions");
        add(kinds, hint, network, device, system, pdf, status, actions);
    }

    /** One toggle per value, kept in step with the property both ways; one is always selected. */
    private static <E extends Enum<E>> List<Node> toggles(E[] values, ObjectProperty<E> property, String idPrefix,
                                                                     String textPrefix, Messages messages) {
        ToggleGroup group = new ToggleGroup();
        List<Node> buttons = new ArrayList<>();
        for (E value : values) {
            String key = value.name().toLowerCase(Locale.ROOT);
            ToggleButton button = new ToggleButton(messages.get(textPrefix + key));
            button.setId(idPrefix + "-" + key.replace('_', '-'));
            button.getStyleClass().add("printer-toggle");
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setSelected(value == property.get());
            buttons.add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                @SuppressWarnings("unchecked")
                E chosen = (E) now.getUserData();
                property.set(chosen);
            }
        });
        property.addListener((obs, old, now) -> group.getToggles().stream().filter(t -> t.getUserData() == now).findFirst()
                .ifPresent(group::selectToggle));
        return buttons;
    }

    /** The details of one kind of printer, shown while that kind is chosen. */
    private static GridPane form(PrinterSettingsViewModel model, PrinterChoice.Kind kind) {
        GridPane form = new GridPane();
        form.getStyleClass().addAll("form-grid", "printer-form");
        form.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
        form.managedProperty().bind(form.visibleProperty());
        return form;
    }

    private static TextField field(String id, String prompt, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
