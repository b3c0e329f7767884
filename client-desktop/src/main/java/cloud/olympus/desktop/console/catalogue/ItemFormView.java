package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.fx.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The form of one item, new or changed: each field with the reason it is refused, if it is, right under it. */
final class ItemFormView extends VBox {

    private final ItemFormViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;

    ItemFormView(ItemFormViewModel model, Messages messages, Consumer<StockedItem> saved, Runnable close) {
        this.model = model;
        this.messages = messages;
        setId("item-form");
        getStyleClass().addAll("console-dialog", "card");
        setSpacing(12);
        setPadding(new Insets(20));
        setPrefWidth(560);
        setMaxSize(560, USE_PREF_SIZE);
        Label title = new Label(messages.get(model.isNew() ? "console.catalogue.form.new" : "console.catalogue.form.edit"));
        title.getStyleClass().add("title-3");
        grid.setHgap(12);
        grid.setVgap(4);
        field("sku", "console.catalogue.field.sku", model.skuProperty());
        field("name", "console.catalogue.field.name", model.nameProperty());
        field("category", "console.catalogue.field.category", model.categoryProperty());
        field("unit_price", "console.catalogue.field.price", model.priceProperty());
        field("unit_cost", "console.catalogue.field.cost", model.costProperty());
        field("barcode", "console.catalogue.field.barcode", model.barcodeProperty());
        field("min_stock", "console.catalogue.field.min", model.minStockProperty());
        field("max_stock", "console.catalogue.field.max", model.maxStockProperty());
        if (model.isNew()) {
            field("current_stock", "console.catalogue.field.opening", model.openingStockProperty());
        }
        CheckBox track = new CheckBox(messages.get("console.catalogue.field.track"));
        track.setId("item-form-track");
        track.selectedProperty().bindBidirectional(model.trackStockProperty());
        CheckBox active = new CheckBox(messages.get("console.catalogue.field.active"));
        active.setId("item-form-active");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        Label problem = cloud.olympus.desktop.console.ConsoleLabels.phrase("item-form-problem", model.problemProperty(), messages);
        problem.getStyleClass().add("console-problem");
        Button save = new Button(messages.get("console.catalogue.form.save"));
        save.setId("item-form-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save(item -> {
            saved.accept(item);
            close.run();
        }));
        Button cancel = new Button(messages.get("console.catalogue.form.cancel"));
        cancel.setId("item-form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        HBox buttons = new HBox(8, save, cancel);
        getChildren().addAll(title, grid, new HBox(16, track, active), problem, buttons);
    }

    private void field(String wire, String labelKey, StringProperty value) {
        Label label = new Label(messages.get(labelKey));
        TextField input = new TextField();
        input.setId("item-form-" + wire.replace('_', '-'));
        input.textProperty().bindBidirectional(value);
        label.setLabelFor(input);
        Label error = cloud.olympus.desktop.console.ConsoleLabels.fieldError(input.getId() + "-error", wire, model.errors(),
                messages, input);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        row++;
    }
}
