package cloud.olympus.desktop.refund;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.approval.ManagerApprovalViewModel.Approval;
import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A refund at the till: the sale found by number, by scanning its receipt or from today's list on
 * the left; on the right its lines with how many units go back (and whether to the shelf), or an
 * amount, the payment the money goes back to, and why.
 */
public final class RefundOverlay extends Overlay {

    private final RefundViewModel model;
    private final Messages messages;
    private final Function<BigDecimal, String> money;
    private final VBox rows = new VBox();
    private final FlowPane tenders = new FlowPane();
    private final ToggleGroup tenderGroup = new ToggleGroup();
    private final Label total = new Label();

    /**
     * @param askManager shows the manager approval for the refund described, and runs what follows
     *                   with the approval given
     * @param done       what follows a refund made: its receipt
     */
    public RefundOverlay(RefundViewModel model, Messages messages, Function<BigDecimal, String> money,
                         BiConsumer<String, Consumer<Approval>> askManager, Consumer<RefundViewModel.Done> done, Runnable onClose) {
        super("refund", messages.get("refund.title"), onClose);
        this.model = model;
        this.messages = messages;
        this.money = money;
        card().getStyleClass().add("refund-card");

        TextField search = new TextField();
        search.setId("refund-search");
        search.setPromptText(messages.get("refund.search_hint"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button find = new Button(messages.get("refund.find"));
        find.setId("refund-find");
        find.setOnAction(e -> model.search());
        Button today = new Button(messages.get("refund.today"));
        today.setId("refund-today");
        today.setOnAction(e -> {
            model.queryProperty().set("");
            model.search();
        });
        HBox searchRow = new HBox(search, find, today);
        searchRow.getStyleClass().add("refund-search-row");

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        ListView<OrderSummary> found = new ListView<>(model.found());
        found.setId("refund-found");
        found.getStyleClass().add("refund-found");
        found.setPlaceholder(new Label(messages.get("refund.found_none")));
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OrderSummary sale, boolean empty) {
                super.updateItem(sale, empty);
                if (empty || sale == null) {
                    setText(null);
                    return;
                }
                setText(messages.get("refund.sale_line", sale.orderNumber(), money.apply(sale.total()),
                        sale.createdAt() == null ? "" : time.format(sale.createdAt())));
                setWrapText(true);
                // As wide as the list: a long line wraps instead of scrolling sideways.
                setPrefWidth(0);
            }
        });
        found.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && (model.orderProperty().get() == null || !model.orderProperty().get().id().equals(now.id()))) {
                model.open(now);
            }
        });

        Label sale = new Label();
        sale.setId("refund-sale");
        sale.getStyleClass().add("refund-sale");
        sale.setWrapText(true);
        sale.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderSummary order = model.orderProperty().get();
            return order == null ? messages.get("refund.choose_sale")
                    : messages.get("refund.sale_title", order.orderNumber(), money.apply(order.total()),
                    order.createdAt() == null ? "" : time.format(order.createdAt()));
        }, model.orderProperty()));
        rows.getStyleClass().add("refund-rows");
        ScrollPane rowScroll = new ScrollPane(rows);
        rowScroll.setFitToWidth(true);
        rowScroll.getStyleClass().add("refund-row-scroll");
        model.rows().addListener((ListChangeListener<RefundViewModel.Row>) c -> renderRows());

        TextField amount = new TextField();
        amount.setId("refund-amount");
        amount.getStyleClass().add("refund-amount");
        amount.setPromptText(messages.get("refund.amount_hint"));
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.textProperty().addListener((obs, was, now) -> showTotal());

        tenders.getStyleClass().add("refund-tenders");
        tenders.setId("refund-tenders");
        model.tenders().addListener((ListChangeListener<RefundViewModel.Tender>) c -> renderTenders());
        model.tenderProperty().addListener((obs, was, now) -> tenderGroup.getToggles().forEach(t ->
                t.setSelected(t.getUserData() != null && t.getUserData().equals(now))));
        tenderGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.tenderProperty().set((RefundViewModel.Tender) now.getUserData());
            } else if (was != null && model.tenderProperty().get() != null) {
                // A tender stays chosen: tapping the chosen one again does not leave the refund with none.
                was.setSelected(true);
            }
        });

        CheckBox cash = new CheckBox(messages.get("refund.cash_instead"));
        cash.setId("refund-cash-instead");
        cash.selectedProperty().bindBidirectional(model.cashInsteadProperty());
        TextField cashReason = new TextField();
        cashReason.setId("refund-cash-reason");
        cashReason.setPromptText(messages.get("refund.cash_reason_hint"));
        cashReason.textProperty().bindBidirectional(model.cashReasonProperty());
        cashReason.visibleProperty().bind(cash.selectedProperty());
        cashReason.managedProperty().bind(cash.selectedProperty());
        HBox.setHgrow(cashReason, Priority.ALWAYS);
        HBox cashRow = new HBox(cash, cashReason);
        cashRow.getStyleClass().add("refund-cash-row");

        TextField reason = new TextField();
        reason.setId("refund-reason");
        reason.setPromptText(messages.get("refund.reason_hint"));
        reason.textProperty().bindBidirectional(model.reasonProperty());

        VBox detail = new VBox(sale, rowScroll, labelled("refund.or_amount", amount), labelled("refund.to_tender", tenders),
                cashRow, reason);
        detail.getStyleClass().add("refund-detail");
        detail.disableProperty().bind(model.orderProperty().isNull());
        HBox.setHgrow(detail, Priority.ALWAYS);
        VBox.setVgrow(rowScroll, Priority.ALWAYS);
        HBox body = new HBox(found, detail);
        body.getStyleClass().add("refund-body");

        Label problem = new Label();
        problem.setId("refund-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String key = model.problemProperty().get();
            if (key.isEmpty()) {
                return "";
            }
            String said = messages.text(model.serverProblemProperty().get());
            return messages.get(key) + (said.isEmpty() ? "" : " " + said);
        }, model.problemProperty(), model.serverProblemProperty()));
        total.setId("refund-total");
        total.getStyleClass().add("refund-total");
        showTotal();
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button refund = new Button(messages.get(model.needsApproval() ? "refund.confirm_approval" : "refund.confirm"));
        refund.setId("refund-confirm");
        refund.getStyleClass().addAll("danger", "large");
        refund.disableProperty().bind(model.busyProperty().or(model.orderProperty().isNull()));
        refund.setOnAction(e -> {
            if (!model.check().isEmpty()) {
                return;
            }
            Consumer<RefundViewModel.Done> finish = made -> {
                close();
                done.accept(made);
            };
            if (model.needsApproval()) {
                askManager.accept(messages.get("refund.approval_what", money.apply(model.total())),
                        approval -> model.refund(approval, finish));
            } else {
                model.refund(null, finish);
            }
        });
        HBox actions = new HBox(problem, Overlays.spacer(), total, cancel, refund);
        actions.getStyleClass().add("overlay-actions");
        add(searchRow, body, actions);
        Platform.runLater(search::requestFocus);
        // Today's sales at once, or the one whose receipt was just scanned.
        model.search();
    }

    private VBox labelled(String key, javafx.scene.Node node) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("refund-label");
        VBox box = new VBox(label, node);
        box.getStyleClass().add("refund-field");
        return box;
    }

    private void renderRows() {
        rows.getChildren().clear();
        int index = 0;
        for (RefundViewModel.Row row : model.rows()) {
            OrderSummary.Line line = row.line();
            Label name = new Label(line.name());
            name.getStyleClass().add("line-name");
            name.setWrapText(true);
            Label left = new Label(messages.get("refund.units_left", line.refundable(), line.quantity(),
                    money.apply(line.total())));
            left.getStyleClass().add("line-notes");
            VBox text = new VBox(name, left);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button less = new Button("−");
            less.setId("refund-less-" + index);
            less.getStyleClass().add("qty-button");
            less.setOnAction(e -> row.less());
            Label units = new Label();
            units.setId("refund-units-" + index);
            units.getStyleClass().add("line-qty");
            units.textProperty().bind(row.quantityProperty().asString());
            Button more = new Button("+");
            more.setId("refund-more-" + index);
            more.getStyleClass().add("qty-button");
            more.setOnAction(e -> row.more());
            CheckBox restock = new CheckBox(messages.get("refund.restock"));
            restock.setId("refund-restock-" + index);
            restock.selectedProperty().bindBidirectional(row.restockProperty());
            row.quantityProperty().addListener((obs, was, now) -> showTotal());
            HBox box = new HBox(text, less, units, more, restock);
            box.getStyleClass().add("refund-row");
            rows.getChildren().add(box);
            index++;
        }
        showTotal();
    }

    private void renderTenders() {
        tenders.getChildren().clear();
        tenderGroup.getToggles().clear();
        for (RefundViewModel.Tender tender : model.tenders()) {
            String method = tender.payment().method().wireName();
            ToggleButton button = new ToggleButton(messages.get("refund.tender_line", messages.get("tender." + method),
                    money.apply(tender.refundable())));
            button.setId("refund-tender-" + method.replace('_', '-'));
            button.getStyleClass().add("tender-method");
            button.setUserData(tender);
            button.setToggleGroup(tenderGroup);
            button.setSelected(tender.equals(model.tenderProperty().get()));
            tenders.getChildren().add(button);
        }
    }

    private void showTotal() {
        total.setText(messages.get("refund.total", money.apply(model.total())));
    }
}
