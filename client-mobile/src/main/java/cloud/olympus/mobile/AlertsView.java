package cloud.olympus.mobile;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.AlertsViewModel;
import cloud.olympus.fx.watch.GlanceTexts;
import cloud.olympus.model.alerts.Alert;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Stock alerts with how much to reorder, staffing alerts, and sales to review, each answered where it stands. */
final class AlertsView extends ScreenFrameHolder {

    private final AlertsViewModel model;
    private final Messages messages;

    AlertsView(AlertsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        VBox stock = section("alerts-stock");
        VBox staffing = section("alerts-staffing");
        VBox review = section("alerts-review");
        follow(model.stockAlerts(), stock, this::stockRow, "mobile.alerts.no_stock");
        follow(model.staffingAlerts(), staffing, this::staffingRow, "mobile.alerts.no_staffing");
        follow(model.salesToReview(), review, this::reviewRow, "mobile.alerts.no_review");
        Label problem = problemLine("alerts-problem", model.problemProperty(), messages);
        Label none = new Label(messages.get("mobile.alerts.none"));
        none.visibleProperty().bind(Bindings.isEmpty(model.stockAlerts()).and(Bindings.isEmpty(model.staffingAlerts()))
                .and(Bindings.isEmpty(model.salesToReview())));
        none.managedProperty().bind(none.visibleProperty());
        VBox content = new VBox(12, problem, none, heading("mobile.alerts.stock"), stock, heading("mobile.alerts.staffing"), staffing,
                heading("mobile.alerts.review"), review);
        content.getStyleClass().add("screen-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        frame("alerts", model.figures(), scroll, messages);
    }

    private Node stockRow(Alert alert) {
        HBox row = row(alert, "alert-row");
        AlertsViewModel.suggestedReorder(alert).ifPresent(q -> {
            Label reorder = new Label(messages.get("mobile.alerts.reorder", q));
            reorder.getStyleClass().add("reorder");
            row.getChildren().add(1, reorder);
        });
        return row;
    }

    private Node staffingRow(Alert alert) {
        return row(alert, "staffing-row");
    }

    private HBox row(Alert alert, String style) {
        Label text = new Label(messages.text(GlanceTexts.alert(alert)));
        text.setWrapText(true);
        text.getStyleClass().addAll("alert-text", alert.severity().wireName());
        Button acknowledge = new Button(messages.get("mobile.alerts.acknowledge"));
        acknowledge.getStyleClass().add("acknowledge");
        acknowledge.setMinWidth(Region.USE_PREF_SIZE);
        acknowledge.setOnAction(e -> model.acknowledge(alert));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, text, gap, acknowledge);
        row.getStyleClass().addAll("card", style);
        return row;
    }

    private Node reviewRow(OrderSummary order) {
        Label text = new Label(GlanceTexts.shortNumber(order) + " · " + MoneyFormat.of(messages, order.currency()).format(order.total()));
        TextField note = new TextField();
        note.setPromptText(messages.get("mobile.alerts.note"));
        note.getStyleClass().add("review-note");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button reviewed = new Button(messages.get("mobile.alerts.reviewed"));
        reviewed.getStyleClass().add("mark-reviewed");
        reviewed.setMinWidth(Region.USE_PREF_SIZE);
        reviewed.setOnAction(e -> model.markReviewed(order, note.getText()));
        HBox row = new HBox(10, text, note, reviewed);
        row.getStyleClass().addAll("card", "review-row");
        return row;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static VBox section(String id) {
        VBox box = new VBox(8);
        box.setId(id);
        return box;
    }

    /** Keeps {@code box} showing a row per item, or the line saying there are none. */
    private <T> void follow(ObservableList<T> items, VBox box, java.util.function.Function<T, Node> row, String noneKey) {
        Runnable redraw = () -> {
            if (items.isEmpty()) {
                box.getChildren().setAll(emptyNote(messages, noneKey));
            } else {
                box.getChildren().setAll(items.stream().map(row).toList());
            }
        };
        items.addListener((ListChangeListener<T>) c -> redraw.run());
        redraw.run();
    }
}
