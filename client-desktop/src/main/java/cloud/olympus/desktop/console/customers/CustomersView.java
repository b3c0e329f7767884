package cloud.olympus.desktop.console.customers;

import atlantafx.base.controls.ModalPane;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.backoffice.CustomerProfile;
import cloud.olympus.client.backoffice.LoyaltyEntry;
import cloud.olympus.desktop.console.FileDialogs;
import cloud.olympus.desktop.console.PagedTable;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.i18n.Phrase;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The customers screen: a search on the server and the customers it finds, a page at a time; the
 * chosen one's details, tags, orders and points; a copy of their data and its erasure for those allowed.
 */
final class CustomersView extends StackPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final CustomersViewModel model;
    private final Messages messages;
    private final Supplier<MoneyFormat> money;
    private final FileDialogs files;
    private final boolean privacy;
    private final ModalPane modal = new ModalPane();
    private final GridPane form = new GridPane();
    private int row;

    CustomersView(CustomersViewModel model, Messages messages, Supplier<MoneyFormat> money, FileDialogs files, boolean privacy) {
        this.model = model;
        this.messages = messages;
        this.money = money;
        this.files = files;
        this.privacy = privacy;
        setId("console-customers");
        getStyleClass().add("console-screen");
        cloud.olympus.desktop.console.ConsoleStyles.apply(this);
        SplitPane split = new SplitPane(list(), details());
        split.setDividerPositions(0.34);
        BorderPane page = new BorderPane(split);
        page.setTop(toolbar());
        getChildren().addAll(page, modal);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("console.screen.customers"));
        title.getStyleClass().add("title-2");
        TextField search = new TextField();
        search.setId("customers-search");
        search.setPromptText(messages.get("console.customers.search"));
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.search());
        Button find = new Button(messages.get("console.customers.find"));
        find.setId("customers-find");
        find.setDefaultButton(false);
        find.setOnAction(e -> model.search());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, search, find);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 8, 16));
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
            }
        });
        Label problem = phraseLabel("customers-problem", model.problemProperty());
        problem.getStyleClass().add("console-problem");
        Label notice = phraseLabel("customers-notice", model.noticeProperty());
        notice.getStyleClass().add("console-notice");
        HBox lines = new HBox(12, problem, notice);
        lines.setPadding(new Insets(0, 16, 0, 16));
        return new VBox(bar, lines);
    }

    private Node list() {
        ListView<CustomerProfile> list = new ListView<>(model.customers());
        list.setId("customers-list");
        list.setPlaceholder(new Label(messages.get("console.customers.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerProfile c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                String name = c.displayName().isEmpty() ? messages.get("console.customers.erased_name") : c.displayName();
                setText(name + (c.email() != null && !name.equals(c.email()) ? "  ·  " + c.email() : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.selectedProperty().get() == null || !model.selectedProperty().get().id().equals(now.id()))) {
                model.select(now);
            }
        });
        Button more = new Button(messages.get("console.customers.more"));
        more.setId("customers-more");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());
        VBox box = new VBox(6, list, more);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node details() {
        Label name = new Label(messages.get("console.customers.choose"));
        name.setId("customer-name");
        name.getStyleClass().add("title-3");
        Label standing = new Label();
        standing.setId("customer-standing");
        model.selectedProperty().addListener((o, was, c) -> {
            name.setText(c == null ? messages.get("console.customers.choose")
                    : c.displayName().isEmpty() ? messages.get("console.customers.erased_name") : c.displayName());
            standing.setText(c == null ? "" : messages.get("console.customers.standing", c.loyaltyPoints(),
                    c.loyaltyTier() == null ? "—" : c.loyaltyTier(), money.get().format(c.lifetimeValue())));
        });
        form.setHgap(12);
        form.setVgap(4);
        field("first_name", "console.customers.first_name", model.firstNameProperty());
        field("last_name", "console.customers.last_name", model.lastNameProperty());
        field("email", "console.customers.email", model.emailProperty());
        field("phone", "console.customers.phone", model.phoneProperty());
        Button save = new Button(messages.get("console.customers.save"));
        save.setId("customer-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.selectedProperty().isNull());
        save.setOnAction(e -> model.save());

        FlowPane tags = new FlowPane(6, 6);
        tags.setId("customer-tags");
        model.tags().addListener((ListChangeListener<String>) c -> showTags(tags));
        TextField newTag = new TextField();
        newTag.setId("customer-tag-input");
        newTag.setPromptText(messages.get("console.customers.tag_prompt"));
        newTag.setPrefColumnCount(12);
        Button addTag = new Button(messages.get("console.customers.tag_add"));
        addTag.setId("customer-tag-add");
        addTag.disableProperty().bind(model.selectedProperty().isNull());
        addTag.setOnAction(e -> {
            if (model.addTag(newTag.getText())) {
                newTag.clear();
            }
        });
        newTag.setOnAction(e -> addTag.fire());
        Label tagError = errorLabel("tags");

        Button export = new Button(messages.get("console.customers.export"));
        export.setId("customer-export");
        Button erase = new Button(messages.get("console.customers.erase"));
        erase.setId("customer-erase");
        erase.getStyleClass().add("danger");
        for (Button b : new Button[] {export, erase}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
            b.setVisible(privacy);
            b.setManaged(privacy);
        }
        export.setOnAction(e -> files.save(getScene().getWindow(), "customer-" + model.selectedProperty().get().id() + ".json")
                .ifPresent(model::exportTo));
        erase.setOnAction(e -> confirmErase());

        TabPane tabs = new TabPane(new Tab(messages.get("console.customers.orders"), orders()),
                new Tab(messages.get("console.customers.loyalty"), loyalty()));
        tabs.setId("customer-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        HBox header = new HBox(8, name);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(8, header, standing, form, new HBox(8, save, export, erase),
                new Label(messages.get("console.customers.tags")), tags, new HBox(8, newTag, addTag), tagError, tabs);
        pane.setPadding(new Insets(8, 16, 8, 8));
        pane.setId("customer-details");
        return pane;
    }

    private Node orders() {
        TableView<OrderSummary> table = new TableView<>(model.orders());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("customer-orders");
        table.setPlaceholder(new Label(messages.get("console.customers.no_orders")));
        DateTimeFormatter when = WHEN.withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        table.getColumns().add(column("console.customers.order_number", 140, OrderSummary::orderNumber));
        table.getColumns().add(column("console.customers.when", 150, o -> when.format(o.createdAt())));
        table.getColumns().add(column("console.customers.status", 110, o -> o.status().wireName()));
        table.getColumns().add(column("console.customers.total", 110,
                o -> MoneyFormat.of(messages, o.currency()).format(o.total())));
        return PagedTable.of(table, messages, "customer-orders-more", model.moreOrdersProperty(), model.busyProperty(),
                model::loadMoreOrders);
    }

    private Node loyalty() {
        TableView<LoyaltyEntry> table = new TableView<>(model.loyalty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setId("customer-loyalty");
        table.setPlaceholder(new Label(messages.get("console.customers.no_loyalty")));
        DateTimeFormatter when = WHEN.withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        table.getColumns().add(column("console.customers.when", 150, e -> when.format(e.createdAt())));
        table.getColumns().add(column("console.customers.kind", 120, e -> messages.has("console.customers.kind." + e.kind())
                ? messages.get("console.customers.kind." + e.kind()) : e.kind()));
        table.getColumns().add(column("console.customers.points", 90, e -> (e.points() > 0 ? "+" : "") + e.points()));
        table.getColumns().add(column("console.customers.amount", 110, e -> money.get().format(e.amount())));
        return PagedTable.of(table, messages, "customer-loyalty-more", model.moreLoyaltyProperty(), model.busyProperty(),
                model::loadMoreLoyalty);
    }

    private void confirmErase() {
        CustomerProfile customer = model.selectedProperty().get();
        Label title = new Label(messages.get("console.customers.erase_title"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(messages.get("console.customers.erase_explain", customer.displayName()));
        explain.setWrapText(true);
        TextField typed = new TextField();
        typed.setId("erase-confirm-name");
        typed.setPromptText(customer.displayName());
        Button confirm = new Button(messages.get("console.customers.erase_confirm"));
        confirm.setId("erase-confirm");
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.confirms(typed.getText()),
                typed.textProperty()));
        confirm.setOnAction(e -> {
            if (model.erase(typed.getText())) {
                modal.hide(true);
            }
        });
        Button cancel = new Button(messages.get("console.customers.erase_cancel"));
        cancel.setId("erase-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> modal.hide(true));
        VBox dialog = new VBox(12, title, explain, typed, new HBox(8, confirm, cancel));
        dialog.setId("erase-dialog");
        dialog.getStyleClass().addAll("console-dialog", "card");
        dialog.setPadding(new Insets(20));
        dialog.setPrefWidth(520);
        dialog.setMaxSize(520, Region.USE_PREF_SIZE);
        modal.show(dialog);
        typed.requestFocus();
    }

    private void showTags(FlowPane pane) {
        pane.getChildren().clear();
        for (String tag : model.tags()) {
            Button chip = new Button(tag + "  ✕");
            chip.setId("customer-tag-" + tag);
            chip.getStyleClass().addAll("small", "button-outlined");
            chip.setOnAction(e -> model.removeTag(tag));
            pane.getChildren().add(chip);
        }
    }

    private void field(String wire, String labelKey, StringProperty value) {
        Label label = new Label(messages.get(labelKey));
        TextField input = new TextField();
        input.setId("customer-" + wire.replace('_', '-'));
        input.setPrefColumnCount(28);
        input.textProperty().bindBidirectional(value);
        label.setLabelFor(input);
        form.add(label, 0, row);
        form.add(new VBox(2, input, errorLabel(wire)), 1, row);
        row++;
    }

    private Label errorLabel(String wire) {
        return cloud.olympus.desktop.console.ConsoleLabels.fieldError("customer-" + wire.replace('_', '-') + "-error", wire,
                model.errors(), messages, null);
    }

    private Label phraseLabel(String id, ObservableValue<Phrase> phrase) {
        return cloud.olympus.desktop.console.ConsoleLabels.phrase(id, phrase, messages);
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
