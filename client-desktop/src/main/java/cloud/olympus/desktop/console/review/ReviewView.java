package cloud.olympus.desktop.console.review;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.console.PagedTable;
import cloud.olympus.desktop.console.orders.OrdersView;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.i18n.Phrase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Review: on one tab the till sales whose amounts differ from the catalogue, one chosen with its
 * differences in words and a note to clear it; on the other the approvals that are over, asked
 * between two dates. Each list reads its next page on "More" or when scrolled to its end.
 */
public final class ReviewView extends BorderPane {

    private final ReviewViewModel model;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final VBox differences = new VBox(4);

    public ReviewView(ReviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        setId("console-review");
        setPadding(new Insets(16));
        Label title = new Label(messages.get("console.screen.review"));
        title.getStyleClass().add("title-2");
        Button refresh = new Button(messages.get("console.review.refresh"));
        refresh.setId("review-refresh");
        refresh.setMnemonicParsing(true);
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.load());
        Label problem = new Label();
        problem.setId("review-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        HBox top = new HBox(12, title, refresh, problem);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        Tab sales = new Tab(messages.get("console.review.sales_tab"), sales());
        sales.setId("review-sales-tab");
        sales.setClosable(false);
        Tab approvals = new Tab(messages.get("console.review.approvals_tab"), approvals());
        approvals.setId("review-approvals-tab");
        approvals.setClosable(false);
        TabPane tabs = new TabPane(sales, approvals);
        tabs.setId("review-tabs");
        setCenter(tabs);
    }

    private SplitPane sales() {
        TableView<OrderSummary> table = new TableView<>(model.sales());
        table.setId("review-sales");
        table.getStyleClass().addAll("striped", "dense");
        table.setPlaceholder(new Label(messages.get("console.review.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("console.orders.col.number", OrderSummary::orderNumber, 150));
        table.getColumns().add(column("console.orders.col.when", o -> at(o.happenedAt()), 140));
        table.getColumns().add(column("console.orders.col.total", o -> money(o).apply(o.total()), 100));
        table.getColumns().add(column("console.review.col.differences", o -> String.valueOf(o.discrepancies().size()), 90));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
            renderDifferences();
        });

        TextArea note = new TextArea();
        note.setId("review-note");
        note.setPromptText(messages.get("console.review.note_hint"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        Button reviewed = new Button(messages.get("console.review.mark"));
        reviewed.setId("review-mark");
        reviewed.setMnemonicParsing(true);
        reviewed.getStyleClass().add("accent");
        reviewed.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        reviewed.setOnAction(e -> model.markReviewed());
        differences.setId("review-differences");
        VBox side = new VBox(10, differences, note, reviewed);
        side.setPadding(new Insets(8, 0, 0, 12));
        renderDifferences();
        SplitPane split = new SplitPane(PagedTable.of(table, messages, "review-sales-more", model.moreSalesProperty(), model.busyProperty(),
                model::moreSales), side);
        split.setDividerPositions(0.55);
        return split;
    }

    private void renderDifferences() {
        differences.getChildren().clear();
        OrderSummary sale = model.selectedProperty().get();
        if (sale == null) {
            Label none = new Label(messages.get("console.review.choose"));
            none.getStyleClass().add("text-muted");
            differences.getChildren().add(none);
            return;
        }
        Label heading = new Label(messages.get("console.review.sale_title", sale.orderNumber(), money(sale).apply(sale.total()),
                at(sale.happenedAt())));
        heading.getStyleClass().add("title-3");
        differences.getChildren().add(heading);
        for (Phrase phrase : ReviewViewModel.differences(sale, money(sale))) {
            Label line = new Label("• " + messages.text(phrase));
            line.setWrapText(true);
            line.getStyleClass().add("review-difference");
            differences.getChildren().add(line);
        }
    }

    private VBox approvals() {
        TableView<Approval> table = new TableView<>(model.approvals());
        table.setId("review-approvals");
        table.getStyleClass().addAll("striped", "dense");
        table.setPlaceholder(new Label(messages.get("console.review.approvals_none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(java.util.List.of(
                this.<Approval>column("console.review.col.asked", a -> at(a.requestedAt()), 130),
                this.<Approval>column("console.review.col.what", Approval::summary, 260),
                this.<Approval>column("console.review.col.amount", a -> a.amount() == null ? ""
                        : model.currencyProperty().get() == null ? a.amount().toPlainString()
                        : MoneyFormat.of(messages, model.currencyProperty().get()).format(a.amount()), 90),
                this.<Approval>column("console.review.col.asked_by", Approval::requesterName, 130),
                this.<Approval>column("console.review.col.outcome", a -> a.status() == null ? ""
                        : messages.get("console.review.status." + a.status().name().toLowerCase(java.util.Locale.ROOT)), 90),
                this.<Approval>column("console.review.col.decided_by", a -> a.deciderName() == null ? "" : a.deciderName(), 130),
                this.<Approval>column("console.review.col.decided", a -> at(a.decidedAt()), 130),
                this.<Approval>column("console.review.col.reason", a -> a.reason() == null ? "" : a.reason(), 160)));
        DatePicker from = new DatePicker();
        from.setId("review-from");
        from.setPromptText(messages.get("console.orders.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(150);
        DatePicker to = new DatePicker();
        to.setId("review-to");
        to.setPromptText(messages.get("console.orders.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(150);
        Button show = new Button(messages.get("console.review.show"));
        show.setId("review-show");
        show.setMnemonicParsing(true);
        show.disableProperty().bind(model.busyProperty());
        show.setOnAction(e -> model.loadApprovals());
        HBox dates = new HBox(8, new Label(messages.get("console.review.asked_between")), from, to, show);
        dates.setAlignment(Pos.CENTER_LEFT);
        dates.setPadding(new Insets(0, 0, 8, 0));
        VBox box = new VBox(dates, PagedTable.of(table, messages, "review-approvals-more",
                model.moreApprovalsProperty(), model.busyProperty(), model::moreApprovals));
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text, double width) {
        return OrdersView.column(messages, key, text, width);
    }

    private String at(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private Function<BigDecimal, String> money(OrderSummary sale) {
        MoneyFormat format = MoneyFormat.of(messages, sale.currency());
        return amount -> amount == null ? "" : format.format(amount);
    }
}
