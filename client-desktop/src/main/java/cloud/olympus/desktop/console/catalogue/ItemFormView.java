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

    /** @param taxRates the business's rates by tax class, to show next to each class (0.2 for 20 %) */
    ItemFormView(ItemFormViewModel model, Messages messages, java.util.Map<String, java.math.BigDecimal> taxRates,
                 Consumer<StockedItem> saved, Runnable close) {
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
        taxClass(taxRates);
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
        CheckBox openPrice = new CheckBox(messages.get("console.catalogue.field.open_price"));
        openPrice.setId("item-form-open-price");
        openPrice.setMnemonicParsing(true);
        openPrice.selectedProperty().bindBidirectional(model.openPriceProperty());
        Label openPriceError = cloud.olympus.desktop.console.ConsoleLabels.fieldError("item-form-open-price-error", "open_price",
                model.errors(), messages, openPrice);
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
        getChildren().addAll(title, grid, new HBox(16, track, active, openPrice), openPriceError, problem, buttons);
    }

    /** The tax class, chosen among those the business has a rate for, each shown with its rate. */
    private void taxClass(java.util.Map<String, java.math.BigDecimal> taxRates) {
        Label label = new Label(messages.get("console.catalogue.field.tax_class"));
        javafx.scene.control.ComboBox<String> input = new javafx.scene.control.ComboBox<>(model.taxClasses());
        input.setId("item-form-tax-class");
        input.setMaxWidth(Double.MAX_VALUE);
        input.valueProperty().bindBidirectional(model.taxClassProperty());
        javafx.util.Callback<javafx.scene.control.ListView<String>, javafx.scene.control.ListCell<String>> cells = list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String taxClass, boolean empty) {
                super.updateItem(taxClass, empty);
                java.math.BigDecimal rate = empty || taxClass == null ? null : taxRates.get(taxClass);
                setText(empty || taxClass == null ? "" : rate == null ? messages.get("console.catalogue.form.tax_no_rate", taxClass)
                        : messages.get("console.catalogue.form.tax_choice", taxClass,
                        rate.movePointRight(2).stripTrailingZeros().toPlainString()));
            }
        };
        input.setCellFactory(cells);
        input.setButtonCell(cells.call(null));
        label.setLabelFor(input);
        Label error = cloud.olympus.desktop.console.ConsoleLabels.fieldError("item-form-tax-class-error", "tax_class", model.errors(),
                messages, input);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        row++;
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
