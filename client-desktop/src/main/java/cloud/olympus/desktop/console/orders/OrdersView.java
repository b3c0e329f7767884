package cloud.olympus.desktop.console.orders;

import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.refund.RefundViewModel;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.DiscrepancyWords;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The orders screen: the filter across the top, the orders in a table read a page at a time, and
 * the opened order on the right with its lines, money, differences, audit entries and a refund.
 * Exports (the list as CSV, all the business's data as a zip) show how far they are and can be stopped.
 */
public final class OrdersView extends BorderPane {

    /** Asks where to save a file: the title's key, the suggested name; empty when the person cancels. */
    public interface SaveAs extends BiFunction<String, String, Optional<Path>> {
    }

    private final OrdersViewModel model;
    private final Messages messages;
    private final VBox detail = new VBox(10);
    private final DateTimeFormatter time;
    private SaveAs saveAs;

    public OrdersView(OrdersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        this.saveAs = (titleKey, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get(titleKey));
            chooser.setInitialFileName(name);
            return Optional.ofNullable(chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow()))
                    .map(java.io.File::toPath);
        };
        setId("console-orders");
        getStyleClass().add("console-orders");
        setPadding(new Insets(16));

        Label title = new Label(messages.get("console.screen.orders"));
        title.getStyleClass().add("title-2");
        // With locations and none picked, the list is the organisation's own: say so above it.
        Label scopeNote = new Label();
        scopeNote.setId("orders-scope-note");
        scopeNote.getStyleClass().add("text-muted");
        scopeNote.setWrapText(true);
        scopeNote.textProperty().bind(model.scopeNoteProperty().map(messages::text));
        scopeNote.visibleProperty().bind(scopeNote.textProperty().isNotEmpty());
        scopeNote.managedProperty().bind(scopeNote.visibleProperty());
        VBox top = new VBox(10, title, filters(), exports(), scopeNote);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setId("orders-detail");
        detailScroll.setFitToWidth(true);
        detail.setPadding(new Insets(0, 4, 0, 12));
        VBox detailSide = new VBox(4, loadingBar("orders-detail-loading", model.detailLoadingProperty()), detailScroll);
        VBox.setVgrow(detailScroll, Priority.ALWAYS);
        SplitPane split = new SplitPane(list(), detailSide);
        split.setDividerPositions(0.58);
        setCenter(split);

        model.selectedProperty().addListener((o, was, now) -> renderDetail());
        model.audit().addListener((ListChangeListener<OrdersViewModel.AuditRow>) c -> renderDetail());
        renderDetail();
    }

    /** Where the screen asks for a file name; a test answers without a dialog. */
    public void setSaveAs(SaveAs saveAs) {
        this.saveAs = saveAs;
    }

    private Node filters() {
        TextField number = new TextField();
        number.setId("orders-number");
        number.setPromptText(messages.get("console.orders.number_hint"));
        number.textProperty().bindBidirectional(model.numberProperty());
        number.setOnAction(e -> model.apply());
        number.setPrefColumnCount(14);

        ComboBox<OrderStatus> status = new ComboBox<>();
        status.setId("orders-status");
        status.getItems().add(null);
        status.getItems().addAll(OrderStatus.values());
        status.setConverter(named(s -> s == null ? messages.get("console.orders.any_status") : messages.get("status." + s.wireName())));
        status.setButtonCell(cell(status.getConverter()));
        status.valueProperty().bindBidirectional(model.statusProperty());

        ComboBox<OrderSource> source = new ComboBox<>();
        source.setId("orders-source");
        source.getItems().add(null);
        source.getItems().addAll(OrderSource.values());
        source.setConverter(named(s -> s == null ? messages.get("console.orders.any_source")
                : messages.get("console.orders.source." + s.wireName())));
        source.setButtonCell(cell(source.getConverter()));
        source.valueProperty().bindBidirectional(model.sourceProperty());

        DatePicker from = new DatePicker();
        from.setId("orders-from");
        from.setPromptText(messages.get("console.orders.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(150);
        DatePicker to = new DatePicker();
        to.setId("orders-to");
        to.setPromptText(messages.get("console.orders.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(150);

        TextField customerQuery = new TextField();
        customerQuery.setId("orders-customer");
        customerQuery.setPromptText(messages.get("console.orders.customer_hint"));
        customerQuery.textProperty().bindBidirectional(model.customerQueryProperty());
        customerQuery.setOnAction(e -> model.apply());
        customerQuery.setPrefColumnCount(12);
        customerQuery.disableProperty().bind(model.customerSearchProperty().not());
        ComboBox<CustomerSummary> customer = new ComboBox<>();
        customer.setId("orders-customer-choice");
        customer.setConverter(named(c -> c == null ? messages.get("console.orders.any_customer")
                : c.displayName() + (c.email() == null ? "" : " · " + c.email())));
        customer.setButtonCell(cell(customer.getConverter()));
        model.customerMatches().addListener((ListChangeListener<CustomerSummary>) c -> {
            customer.getItems().setAll(model.customerMatches());
            customer.getItems().add(0, null);
        });
        customer.getItems().add(null);
        customer.valueProperty().bindBidirectional(model.customerProperty());
        customer.setOnHidden(e -> model.search());
        customer.visibleProperty().bind(Bindings.size(model.customerMatches()).greaterThan(1));
        customer.managedProperty().bind(customer.visibleProperty());

        CheckBox review = new CheckBox(messages.get("console.orders.needs_review"));
        review.setId("orders-needs-review");
        review.setMnemonicParsing(true);
        review.selectedProperty().bindBidirectional(model.needsReviewProperty());

        Button search = new Button(messages.get("console.orders.search"));
        search.setId("orders-search");
        search.setMnemonicParsing(true);
        search.setDefaultButton(false);
        search.getStyleClass().add("accent");
        search.disableProperty().bind(model.listLoadingProperty());
        search.setOnAction(e -> model.apply());

        HBox row = new HBox(8, number, customerQuery, customer, status, source, from, to, review, search);
        row.setAlignment(Pos.CENTER_LEFT);
        row.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), number::requestFocus);
            }
        });
        return row;
    }

    private Node exports() {
        Button csv = new Button(messages.get("console.orders.export_csv"));
        csv.setId("orders-export-csv");
        csv.setMnemonicParsing(true);
        csv.disableProperty().bind(model.csvExport().runningProperty());
        csv.setOnAction(e -> saveAs.apply("console.orders.export_csv_title", "orders.csv").ifPresent(model::exportCsv));
        Button all = new Button(messages.get("console.orders.export_all"));
        all.setId("orders-export-all");
        all.setMnemonicParsing(true);
        all.setVisible(model.mayExportEverything());
        all.setManaged(model.mayExportEverything());
        all.disableProperty().bind(model.dataExport().runningProperty());
        all.setOnAction(e -> saveAs.apply("console.orders.export_all_title", "olympus-data.zip").ifPresent(model::exportEverything));

        HBox row = new HBox(8, csv, all, progress(model.csvExport(), "csv"), progress(model.dataExport(), "data"));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** How far an export is, with a button to stop it, and how it ended. */
    private Node progress(FileExport export, String which) {
        return new ExportProgress(export, messages, "console.orders." + which, "orders-export-" + which, "data".equals(which) ? 1024 : 1);
    }

    private Node list() {
        TableView<OrderSummary> table = new TableView<>(model.orders());
        table.setId("orders-table");
        table.getStyleClass().addAll("striped", "dense");
        table.setPlaceholder(new Label(messages.get("console.orders.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("console.orders.col.number", OrderSummary::orderNumber, 145));
        table.getColumns().add(column("console.orders.col.when", o -> o.happenedAt() == null ? "" : time.format(o.happenedAt()), 165));
        table.getColumns().add(column("console.orders.col.status",
                o -> o.status() == null ? "" : messages.get("status." + o.status().wireName()), 100));
        table.getColumns().add(column("console.orders.col.source",
                o -> o.source() == null ? "" : messages.get("console.orders.source." + o.source().wireName()), 80));
        table.getColumns().add(column("console.orders.col.total", o -> money(o, o.total()), 100));
        table.getColumns().add(column("console.orders.col.refunded",
                o -> o.refundedTotal() == null || o.refundedTotal().signum() == 0 ? "" : money(o, o.refundedTotal()), 90));
        table.getColumns().add(column("console.orders.col.review",
                o -> o.needsReview() ? messages.get("console.orders.to_review") : "", 90));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.selectedProperty().get() == null || !model.selectedProperty().get().id().equals(now.id()))) {
                model.open(now);
            }
        });
        // An opened order read again (after a refund, say) replaces its row: it stays the chosen one.
        model.orders().addListener((ListChangeListener<OrderSummary>) change -> {
            OrderSummary open = model.selectedProperty().get();
            if (open != null && table.getSelectionModel().getSelectedItem() == null) {
                for (int i = 0; i < model.orders().size(); i++) {
                    if (model.orders().get(i).id().equals(open.id())) {
                        table.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        });
        // Scrolled to the end: the next page is read, as long as there is one.
        table.skinProperty().addListener((o, was, skin) -> table.lookupAll(".scroll-bar").forEach(node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((v, before, now) -> {
                    if (now.doubleValue() >= bar.getMax() && model.hasMoreProperty().get()) {
                        model.more();
                    }
                });
            }
        }));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button more = new Button(messages.get("console.orders.more"));
        more.setId("orders-more");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.disableProperty().bind(model.listLoadingProperty());
        more.setOnAction(e -> model.more());
        Label count = new Label();
        count.setId("orders-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.hasMoreProperty().get()
                ? "console.orders.count_more" : "console.orders.count", model.orders().size()), model.orders(), model.hasMoreProperty()));
        Label problem = new Label();
        problem.setId("orders-problem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        HBox foot = new HBox(10, count, loadingBar("orders-list-loading", model.listLoadingProperty()), more, problem);
        foot.setAlignment(Pos.CENTER_LEFT);
        foot.setPadding(new Insets(6, 0, 0, 0));
        return new VBox(table, foot);
    }

    /** A bar that runs while {@code loading}, and takes no room otherwise. */
    private static ProgressBar loadingBar(String id, javafx.beans.value.ObservableBooleanValue loading) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId(id);
        bar.setPrefWidth(120);
        bar.visibleProperty().bind(Bindings.createBooleanBinding(loading::get, loading));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void renderDetail() {
        OrderSummary order = model.selectedProperty().get();
        detail.getChildren().clear();
        if (order == null) {
            Label none = new Label(messages.get("console.orders.choose"));
            none.getStyleClass().add("text-muted");
            detail.getChildren().add(none);
            return;
        }
        Label heading = new Label(messages.get("console.orders.detail_title", order.orderNumber(),
                order.status() == null ? "" : messages.get("status." + order.status().wireName())));
        heading.setId("orders-detail-title");
        heading.getStyleClass().add("title-3");
        Label when = new Label(messages.get("console.orders.detail_when", at(order.happenedAt()),
                order.source() == null ? "" : messages.get("console.orders.source." + order.source().wireName()),
                order.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)));
        when.getStyleClass().add("text-muted");
        detail.getChildren().addAll(heading, when);

        VBox lines = new VBox(2);
        for (OrderSummary.Line line : order.items()) {
            lines.getChildren().add(new Label(messages.get("console.orders.line", line.quantity(), line.name(), money(order, line.total()))));
            for (OrderSummary.Modifier modifier : line.modifiers() == null ? java.util.List.<OrderSummary.Modifier>of() : line.modifiers()) {
                Label m = new Label(messages.get("console.orders.modifier", modifier.name(),
                        modifier.priceDelta() == null || modifier.priceDelta().signum() == 0 ? "" : money(order, modifier.priceDelta())));
                m.getStyleClass().add("text-muted");
                m.setPadding(new Insets(0, 0, 0, 18));
                lines.getChildren().add(m);
            }
            if (line.refundedQuantity() > 0) {
                Label r = new Label(messages.get("console.orders.line_refunded", line.refundedQuantity()));
                r.getStyleClass().add("warning");
                r.setPadding(new Insets(0, 0, 0, 18));
                lines.getChildren().add(r);
            }
        }
        section("console.orders.lines", "orders-detail-lines", lines);

        VBox money = new VBox(2,
                new Label(messages.get("console.orders.totals", money(order, order.subtotal()), money(order, order.discountTotal()),
                        money(order, order.tax()), money(order, order.total()))),
                new Label(messages.get("console.orders.paid", money(order, order.paidTotal()), money(order, order.tipTotal()),
                        money(order, order.balanceDue()))));
        for (OrderSummary.Payment payment : order.payments()) {
            money.getChildren().add(new Label(messages.get("console.orders.payment", messages.get("tender." + payment.method().wireName()),
                    money(order, payment.amount()), at(payment.createdAt()))));
        }
        section("console.orders.money", "orders-detail-payments", money);

        if (!order.refunds().isEmpty()) {
            VBox refunds = new VBox(2);
            for (OrderSummary.Refund refund : order.refunds()) {
                Label r = new Label(messages.get("console.orders.refund", money(order, refund.amount()),
                        refund.method() == null ? "" : messages.get("tender." + refund.method().wireName()), refund.reason(),
                        at(refund.createdAt())));
                r.setWrapText(true);
                refunds.getChildren().add(r);
            }
            section("console.orders.refunds", "orders-detail-refunds", refunds);
        }

        if (!order.discrepancies().isEmpty()) {
            VBox differences = new VBox(2);
            MoneyFormat format = MoneyFormat.of(messages, order.currency());
            for (OrderSummary.Discrepancy d : order.discrepancies()) {
                Label l = new Label("• " + messages.text(DiscrepancyWords.of(d, format::format)));
                l.setWrapText(true);
                differences.getChildren().add(l);
            }
            if (order.needsReview()) {
                Label waiting = new Label(messages.get("console.orders.waiting_review"));
                waiting.getStyleClass().add("warning");
                differences.getChildren().add(waiting);
            } else if (order.reviewNote() != null) {
                differences.getChildren().add(new Label(messages.get("console.orders.reviewed", at(order.reviewedAt()), order.reviewNote())));
            }
            section("console.orders.differences", "orders-detail-discrepancies", differences);
        }

        if (model.mayRefund()) {
            section("console.orders.refund_title", "orders-refund", refundForm(order));
        }

        if (model.mayAudit()) {
            VBox entries = new VBox(2);
            if (model.audit().isEmpty()) {
                entries.getChildren().add(new Label(messages.get("console.orders.audit_none")));
            }
            for (OrdersViewModel.AuditRow row : model.audit()) {
                String action = row.entry().action();
                String key = "console.audit." + action;
                Label l = new Label(messages.get("console.orders.audit_line", at(row.entry().at()),
                        messages.has(key) ? messages.get(key) : action, row.actor()));
                l.setWrapText(true);
                entries.getChildren().add(l);
            }
            section("console.orders.audit", "orders-detail-audit", entries);
        }
    }

    private Node refundForm(OrderSummary order) {
        RefundViewModel refund = model.refund();
        ComboBox<RefundViewModel.Tender> tender = new ComboBox<>(refund.tenders());
        tender.setId("orders-refund-tender");
        tender.setConverter(named(t -> t == null ? "" : messages.get("refund.tender_line",
                messages.get("tender." + t.payment().method().wireName()), money(order, t.refundable()))));
        tender.setButtonCell(cell(tender.getConverter()));
        tender.valueProperty().bindBidirectional(refund.tenderProperty());
        TextField amount = new TextField();
        amount.setId("orders-refund-amount");
        amount.setPromptText(messages.get("console.orders.refund_amount"));
        amount.textProperty().bindBidirectional(refund.amountProperty());
        amount.setPrefColumnCount(8);
        TextField reason = new TextField();
        reason.setId("orders-refund-reason");
        reason.setPromptText(messages.get("refund.reason_hint"));
        reason.textProperty().bindBidirectional(refund.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button confirm = new Button(messages.get("refund.confirm"));
        confirm.setId("orders-refund-confirm");
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(refund.busyProperty().or(Bindings.isEmpty(refund.tenders())));
        confirm.setOnAction(e -> model.makeRefund());
        reason.setOnAction(e -> model.makeRefund());
        Label problem = new Label();
        problem.setId("orders-refund-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = refund.problemProperty().get();
            String server = messages.text(refund.serverProblemProperty().get());
            return key.isEmpty() ? server : messages.get(key) + (server.isEmpty() ? "" : " " + server);
        }, refund.problemProperty(), refund.serverProblemProperty()));
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        tender.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tender, Priority.ALWAYS);
        HBox what = new HBox(8, tender, amount);
        what.setAlignment(Pos.CENTER_LEFT);
        HBox why = new HBox(8, reason, confirm);
        why.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, what, why, problem);
    }

    private void section(String titleKey, String id, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("text-bold");
        VBox box = new VBox(4, title, content);
        box.setId(id);
        box.setPadding(new Insets(6, 0, 0, 0));
        detail.getChildren().add(box);
    }

    private String at(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private String money(OrderSummary order, BigDecimal amount) {
        return amount == null ? "" : MoneyFormat.of(messages, order.currency()).format(amount);
    }

    private TableColumn<OrderSummary, String> column(String key, java.util.function.Function<OrderSummary, String> text, double width) {
        return column(messages, key, text, width);
    }

    /** A column of text, not sortable (the server decides the order), headed by the text of {@code key}. */
    public static <T> TableColumn<T, String> column(Messages messages, String key, java.util.function.Function<T, String> text,
                                                    double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? converter.toString(null) : converter.toString(item));
            }
        };
    }
}
