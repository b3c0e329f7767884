package cloud.olympus.desktop.console.catalogue;

import atlantafx.base.controls.ModalPane;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.backoffice.StockMovement;
import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.desktop.console.FileDialogs;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The catalogue screen: a toolbar to search, filter and bring files in and out; the items, a page at
 * a time; and the chosen item's stock with a change by hand and its ledger. Categories have a tab.
 */
final class CatalogueView extends StackPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final CatalogueViewModel model;
    private final boolean mayAdjust;
    private final Messages messages;
    private final Supplier<MoneyFormat> money;
    private final Supplier<ImportViewModel> imports;
    private final FileDialogs files;
    private final ModalPane modal = new ModalPane();
    private final Label notice = new Label();

    /** @param mayAdjust whether the person may change stock by hand: without it, the stock is shown but not the form to change it */
    CatalogueView(CatalogueViewModel model, Messages messages, Supplier<MoneyFormat> money, Supplier<ImportViewModel> imports,
                  FileDialogs files, boolean mayAdjust) {
        this.model = model;
        this.mayAdjust = mayAdjust;
        this.messages = messages;
        this.money = money;
        this.imports = imports;
        this.files = files;
        setId("console-catalogue");
        getStyleClass().add("console-screen");
        cloud.olympus.desktop.console.ConsoleStyles.apply(this);
        Tab alertsTab = new Tab(messages.get("console.catalogue.tab.alerts"), alerts());
        alertsTab.setOnSelectionChanged(e -> {
            if (alertsTab.isSelected()) {
                model.loadAlerts();
            }
        });
        TabPane tabs = new TabPane(new Tab(messages.get("console.catalogue.tab.items"), items()), alertsTab,
                new Tab(messages.get("console.catalogue.tab.categories"), categories()));
        tabs.setId("catalogue-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane page = new BorderPane(tabs);
        page.setTop(toolbar());
        getChildren().addAll(page, modal);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("console.screen.catalogue"));
        title.getStyleClass().add("title-2");
        TextField search = new TextField();
        search.setId("catalogue-search");
        search.setPromptText(messages.get("console.catalogue.search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.load());
        search.setPrefColumnCount(22);
        ComboBox<String> category = new ComboBox<>(model.categoryNames());
        category.setId("catalogue-category");
        category.setPromptText(messages.get("console.catalogue.all_categories"));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setOnAction(e -> model.load());
        Button anyCategory = new Button(messages.get("console.catalogue.all_categories"));
        anyCategory.setId("catalogue-category-clear");
        anyCategory.getStyleClass().add("flat");
        anyCategory.visibleProperty().bind(model.categoryProperty().isNotNull());
        anyCategory.managedProperty().bind(anyCategory.visibleProperty());
        anyCategory.setOnAction(e -> {
            model.categoryProperty().set(null);
            model.load();
        });
        CheckBox low = new CheckBox(messages.get("console.catalogue.low_only"));
        low.setId("catalogue-low");
        low.selectedProperty().bindBidirectional(model.lowOnlyProperty());
        low.setOnAction(e -> model.load());
        Button create = new Button(messages.get("console.catalogue.new"));
        create.setId("catalogue-new");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> openForm(null));
        Button importing = new Button(messages.get("console.catalogue.import"));
        importing.setId("catalogue-import");
        importing.setOnAction(e -> openImport());
        Button export = new Button(messages.get("console.catalogue.export"));
        export.setId("catalogue-export");
        export.disableProperty().bind(model.export().runningProperty());
        export.setOnAction(e -> files.save(getScene().getWindow(), "items.csv").ifPresent(model::exportTo));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, search, category, anyCategory, low, create, importing, export);
        bar.getStyleClass().add("console-toolbar");
        bar.setPadding(new Insets(12, 16, 8, 16));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), create::fire);
            }
        });
        Label problem = problemLabel("catalogue-problem", model.problemProperty());
        HBox status = new HBox(12, problem, exporting());
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.setPadding(new Insets(0, 16, 0, 16));
        return new VBox(bar, status);
    }

    /** How far the file of items has come, with a button to stop it, and how it ended. */
    private Node exporting() {
        cloud.olympus.desktop.console.orders.FileExport export = model.export();
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("catalogue-export-progress");
        bar.setPrefWidth(120);
        bar.visibleProperty().bind(export.runningProperty());
        bar.managedProperty().bind(export.runningProperty());
        notice.setId("catalogue-notice");
        notice.getStyleClass().add("console-notice");
        notice.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> export.runningProperty().get()
                        ? messages.get("console.catalogue.csv.progress", export.progressProperty().get() / 1024)
                        : messages.text(export.outcomeProperty().get()),
                export.runningProperty(), export.progressProperty(), export.outcomeProperty()));
        Button cancel = new Button(messages.get("console.export.cancel"));
        cancel.setId("catalogue-export-cancel");
        cancel.visibleProperty().bind(export.runningProperty());
        cancel.managedProperty().bind(export.runningProperty());
        cancel.setOnAction(e -> export.cancel());
        HBox box = new HBox(6, bar, notice, cancel);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private Node items() {
        TableView<StockedItem> table = new TableView<>(model.items());
        table.setId("catalogue-items");
        table.setPlaceholder(new Label(messages.get("console.catalogue.no_items")));
        table.getColumns().add(column("console.catalogue.field.sku", 110, StockedItem::sku));
        table.getColumns().add(column("console.catalogue.field.name", 240, StockedItem::name));
        table.getColumns().add(column("console.catalogue.field.category", 130, i -> i.category() == null ? "" : i.category()));
        table.getColumns().add(column("console.catalogue.field.price", 100, i -> money.get().format(i.unitPrice())
                + (i.openPrice() ? " ✎" : "")));
        table.getColumns().add(column("console.catalogue.field.tax_class", 100, i -> i.taxClass() == null ? "" : i.taxClass()));
        table.getColumns().add(column("console.catalogue.available", 100,
                i -> i.trackStock() ? (i.low() ? "▼ " : "") + i.availableStock() : "—"));
        table.getColumns().add(column("console.catalogue.field.min", 100, i -> Integer.toString(i.minStock())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StockedItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("low-stock");
                if (!empty && item != null && item.low()) {
                    getStyleClass().add("low-stock");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.selectedProperty().get() == null || !model.selectedProperty().get().equals(now))) {
                model.select(now);
            }
        });
        Button more = new Button(messages.get("console.catalogue.more"));
        more.setId("catalogue-more");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());
        VBox list = new VBox(6, table, more);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setPadding(new Insets(8));
        SplitPane split = new SplitPane(list, details());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        return split;
    }

    private Node details() {
        Label name = new Label();
        name.setId("catalogue-item-name");
        name.getStyleClass().add("title-3");
        Label stock = new Label();
        stock.setId("catalogue-item-stock");
        model.selectedProperty().addListener((o, was, item) -> {
            name.setText(item == null ? messages.get("console.catalogue.choose_item") : item.name() + " · " + item.sku());
            stock.setText(item == null ? "" : item.trackStock()
                    ? messages.get("console.catalogue.stock_line", item.currentStock(), item.availableStock(), item.minStock())
                    : messages.get("console.catalogue.untracked"));
        });
        name.setText(messages.get("console.catalogue.choose_item"));
        Button edit = new Button(messages.get("console.catalogue.edit"));
        edit.setId("catalogue-edit");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> openForm(model.selectedProperty().get()));

        ComboBox<String> reason = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(CatalogueViewModel.REASONS));
        reason.setId("adjust-reason");
        reason.setValue("receipt");
        reason.setButtonCell(reasonCell());
        reason.setCellFactory(l -> reasonCell());
        TextField quantity = new TextField();
        quantity.setId("adjust-quantity");
        quantity.setPromptText(messages.get("console.catalogue.adjust.quantity"));
        quantity.setPrefColumnCount(6);
        TextField note = new TextField();
        note.setId("adjust-note");
        note.setPromptText(messages.get("console.catalogue.adjust.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button book = new Button(messages.get("console.catalogue.adjust.book"));
        book.setId("adjust-submit");
        book.disableProperty().bind(model.selectedProperty().isNull());
        book.setOnAction(e -> {
            if (model.adjust(reason.getValue(), quantity.getText(), note.getText())) {
                quantity.clear();
                note.clear();
            }
        });
        quantity.setOnAction(e -> book.fire());
        Label adjustProblem = problemLabel("adjust-problem", model.adjustProblemProperty());
        Label adjustTitle = new Label(messages.get("console.catalogue.adjust.title"));
        adjustTitle.getStyleClass().add("title-4");

        TableView<StockMovement> ledger = new TableView<>(model.movements());
        ledger.setId("catalogue-movements");
        ledger.setPlaceholder(new Label(messages.get("console.catalogue.no_movements")));
        ledger.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoneId zone = ZoneId.systemDefault();
        DateTimeFormatter when = WHEN.withLocale(messages.locale()).withZone(zone);
        ledger.getColumns().add(movementColumn("console.catalogue.movement.when", 150, m -> when.format(m.occurredAt())));
        ledger.getColumns().add(movementColumn("console.catalogue.movement.kind", 110,
                m -> messages.has("console.catalogue.kind." + m.kind()) ? messages.get("console.catalogue.kind." + m.kind()) : m.kind()));
        ledger.getColumns().add(movementColumn("console.catalogue.movement.change", 70,
                m -> (m.quantityDelta() > 0 ? "+" : "") + m.quantityDelta()));
        ledger.getColumns().add(movementColumn("console.catalogue.movement.after", 70, m -> Integer.toString(m.stockAfter())));
        ledger.getColumns().add(movementColumn("console.catalogue.movement.note", 200, m -> m.note() == null ? "" : m.note()));
        Label ledgerTitle = new Label(messages.get("console.catalogue.movements"));
        ledgerTitle.getStyleClass().add("title-4");
        VBox.setVgrow(ledger, Priority.ALWAYS);
        Button olderLines = new Button(messages.get("console.catalogue.more"));
        olderLines.setId("catalogue-movements-more");
        olderLines.visibleProperty().bind(model.moreMovementsProperty());
        olderLines.managedProperty().bind(olderLines.visibleProperty());
        olderLines.setOnAction(e -> model.loadMoreMovements());
        HBox adjust = new HBox(8, reason, quantity, note, book);
        adjust.setId("catalogue-adjust");
        VBox pane = new VBox(8, new HBox(8, name, edit), stock);
        if (mayAdjust) {
            pane.getChildren().addAll(adjustTitle, adjust, adjustProblem);
        }
        pane.getChildren().addAll(ledgerTitle, ledger, olderLines);
        pane.setPadding(new Insets(8, 16, 8, 8));
        pane.setId("catalogue-details");
        return pane;
    }

    private Node alerts() {
        TableView<cloud.olympus.model.alerts.Alert> table = new TableView<>(model.alerts());
        table.setId("catalogue-alerts");
        table.setPlaceholder(new Label(messages.get("console.catalogue.no_alerts")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter when = WHEN.withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        table.getColumns().add(alertColumn("console.catalogue.movement.when", 150, a -> when.format(a.raisedAt())));
        table.getColumns().add(alertColumn("console.catalogue.alert.what", 520,
                a -> messages.text(cloud.olympus.fx.watch.GlanceTexts.alert(a))));
        table.getColumns().add(alertColumn("console.catalogue.alert.reorder", 120,
                a -> cloud.olympus.fx.manager.AlertsViewModel.suggestedReorder(a).map(String::valueOf).orElse("—")));
        Button acknowledge = new Button(messages.get("console.catalogue.alert.acknowledge"));
        acknowledge.setId("alert-acknowledge");
        acknowledge.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        acknowledge.setOnAction(e -> model.acknowledge(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button(messages.get("console.catalogue.alert.refresh"));
        refresh.setId("alert-refresh");
        refresh.setOnAction(e -> model.loadAlerts());
        VBox pane = new VBox(8, table, new HBox(8, acknowledge, refresh));
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setPadding(new Insets(8, 16, 8, 16));
        return pane;
    }

    private TableColumn<cloud.olympus.model.alerts.Alert, String> alertColumn(String key, double width,
                                                                              Function<cloud.olympus.model.alerts.Alert, String> value) {
        TableColumn<cloud.olympus.model.alerts.Alert, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node categories() {
        TableView<CatalogueItem.Category> table = new TableView<>(model.categories());
        table.setId("catalogue-category-table");
        TableColumn<CatalogueItem.Category, String> name = new TableColumn<>(messages.get("console.catalogue.field.category"));
        name.setPrefWidth(220);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<CatalogueItem.Category, String> colour = new TableColumn<>(messages.get("console.catalogue.category.colour"));
        colour.setPrefWidth(120);
        colour.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().colour() == null ? "" : c.getValue().colour()));
        TableColumn<CatalogueItem.Category, String> order = new TableColumn<>(messages.get("console.catalogue.category.order"));
        order.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().sortOrder())));
        table.getColumns().addAll(java.util.List.of(name, colour, order));
        TextField colourInput = new TextField();
        colourInput.setId("category-colour");
        colourInput.setPromptText("#C0392B");
        TextField orderInput = new TextField();
        orderInput.setId("category-order");
        orderInput.setPrefColumnCount(5);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, chosen) -> {
            colourInput.setText(chosen == null || chosen.colour() == null ? "" : chosen.colour());
            orderInput.setText(chosen == null ? "" : Integer.toString(chosen.sortOrder()));
        });
        Button save = new Button(messages.get("console.catalogue.category.save"));
        save.setId("category-save");
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> model.changeCategory(table.getSelectionModel().getSelectedItem().name(), colourInput.getText(),
                orderInput.getText()));
        TextField newName = new TextField();
        newName.setId("category-new-name");
        newName.setPromptText(messages.get("console.catalogue.category.new_name"));
        Button rename = new Button(messages.get("console.catalogue.category.rename"));
        rename.setId("category-rename");
        rename.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        rename.setOnAction(e -> model.renameCategory(table.getSelectionModel().getSelectedItem().name(), newName.getText()));
        Button remove = new Button(messages.get("console.catalogue.category.remove"));
        remove.setId("category-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeCategory(table.getSelectionModel().getSelectedItem().name()));
        Label hint = new Label(messages.get("console.catalogue.category.hint_new"));
        hint.setWrapText(true);
        HBox change = new HBox(8, new Label(messages.get("console.catalogue.category.colour")),
                withError(colourInput, "colour", model.categoryErrors()), new Label(messages.get("console.catalogue.category.order")),
                withError(orderInput, "sort_order", model.categoryErrors()), save);
        change.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Label adding = new Label(messages.get("console.catalogue.category.new_title"));
        adding.getStyleClass().add("title-4");
        VBox pane = new VBox(8, table, change, new HBox(8, newName, rename, remove), hint, adding, newCategory());
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setPadding(new Insets(8, 16, 8, 16));
        return pane;
    }

    /** A category of its own, before any item is in it: name, colour and place, each with its refusal under it. */
    private Node newCategory() {
        TextField name = new TextField();
        name.setId("category-create-name");
        name.setPromptText(messages.get("console.catalogue.category.create_name"));
        name.textProperty().bindBidirectional(model.newCategoryNameProperty());
        TextField colour = new TextField();
        colour.setId("category-create-colour");
        colour.setPromptText("#27AE60");
        colour.setPrefColumnCount(8);
        colour.textProperty().bindBidirectional(model.newCategoryColourProperty());
        TextField order = new TextField();
        order.setId("category-create-order");
        order.setPromptText(messages.get("console.catalogue.category.order"));
        order.setPrefColumnCount(5);
        order.textProperty().bindBidirectional(model.newCategoryOrderProperty());
        Button create = new Button(messages.get("console.catalogue.category.create"));
        create.setId("category-create");
        create.getStyleClass().add("accent");
        create.setMnemonicParsing(true);
        create.setOnAction(e -> model.createCategory());
        name.setOnAction(e -> create.fire());
        HBox row = new HBox(8, withError(name, "name", model.newCategoryErrors()), withError(colour, "colour", model.newCategoryErrors()),
                withError(order, "sort_order", model.newCategoryErrors()), create);
        row.setId("category-create-form");
        row.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return row;
    }

    /** A field with its refusal, if it has one, right under it. */
    private Node withError(TextField input, String wire, javafx.collections.ObservableMap<String, cloud.olympus.fx.i18n.Phrase> errors) {
        Label error = cloud.olympus.desktop.console.ConsoleLabels.fieldError(input.getId() + "-error", wire, errors, messages, input);
        error.setMaxWidth(260);
        return new VBox(2, input, error);
    }

    private void openForm(StockedItem item) {
        ItemFormViewModel form = model.form(item, money.get().scale());
        modal.show(new ItemFormView(form, messages, model.taxRates(), model::stored, () -> modal.hide(true)));
    }

    private void openImport() {
        ImportViewModel wizard = imports.get();
        modal.show(new ImportView(wizard, messages, files, () -> {
            modal.hide(true);
            model.load();
        }));
    }

    private ListCell<String> reasonCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                setText(empty || reason == null ? "" : messages.get("console.catalogue.kind." + reason));
            }
        };
    }

    private Label problemLabel(String id, javafx.beans.value.ObservableValue<cloud.olympus.fx.i18n.Phrase> phrase) {
        Label label = cloud.olympus.desktop.console.ConsoleLabels.phrase(id, phrase, messages);
        label.getStyleClass().add("console-problem");
        return label;
    }

    private TableColumn<StockedItem, String> column(String key, double width, Function<StockedItem, String> value) {
        TableColumn<StockedItem, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<StockMovement, String> movementColumn(String key, double width, Function<StockMovement, String> value) {
        TableColumn<StockMovement, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
