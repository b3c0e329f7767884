package cloud.olympus.mobile;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.LiveOrdersViewModel;
import cloud.olympus.fx.watch.GlanceTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Today's orders as they happen: the day's count and takings, the list, and the order picked. */
final class OrdersView extends ScreenFrameHolder {

    OrdersView(LiveOrdersViewModel model, Messages messages) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        Label count = new Label();
        count.setId("orders-count");
        count.getStyleClass().add("kpi-value");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("mobile.orders.count", model.countProperty().get()),
                model.countProperty()));
        Label underWay = new Label();
        underWay.getStyleClass().add("subtitle");
        underWay.textProperty().bind(Bindings.createStringBinding(() -> messages.get("mobile.orders.under_way",
                model.underWayProperty().get()), model.underWayProperty()));
        Label takings = new Label();
        takings.setId("orders-takings");
        takings.getStyleClass().add("kpi-value");
        takings.textProperty().bind(Bindings.createStringBinding(() -> model.currency() == null ? ""
                : MoneyFormat.of(messages, model.currency()).format(model.takingsProperty().get()), model.takingsProperty(),
                model.countProperty()));
        HBox summary = new HBox(24, new VBox(count, underWay), new VBox(new Label(messages.get("mobile.orders.takings")), takings));
        summary.getStyleClass().add("summary");

        ListView<OrderSummary> list = new ListView<>(model.orders());
        list.setId("orders-list");
        list.setPlaceholder(new Label(messages.get("mobile.orders.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OrderSummary order, boolean empty) {
                super.updateItem(order, empty);
                getStyleClass().remove("order-row");
                if (empty || order == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add("order-row");
                setText(GlanceTexts.shortNumber(order) + " · " + messages.get("status." + order.status().wireName())
                        + " · " + (order.createdAt() == null ? "" : time.format(order.createdAt())) + " · "
                        + MoneyFormat.of(messages, order.currency()).format(order.total()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // The day's orders come a page at a time; older ones on demand.
        Button more = new Button(messages.get("mobile.orders.more"));
        more.setId("orders-more");
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        more.setOnAction(e -> model.loadMore());
        VBox listPane = new VBox(12, summary, list, more);

        VBox detail = new VBox(6);
        detail.setId("order-detail");
        detail.getStyleClass().add("card");
        Label pick = new Label(messages.get("mobile.orders.pick"));
        detail.getChildren().setAll(pick);
        TwoPane panes = new TwoPane(listPane, detail, messages);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, order) -> {
            model.select(order);
            if (order != null) {
                panes.detailShownProperty().set(true);
            }
        });
        model.selectedProperty().addListener((obs, old, order) -> {
            if (order == null) {
                detail.getChildren().setAll(pick);
                return;
            }
            MoneyFormat money = MoneyFormat.of(messages, order.currency());
            Label number = new Label(order.orderNumber());
            number.setId("order-number");
            number.getStyleClass().add("title");
            detail.getChildren().setAll(number, new Label(messages.get("status." + order.status().wireName())));
            order.items().forEach(line -> {
                Label l = new Label(GlanceTexts.line(line) + "   " + money.format(line.total()));
                l.getStyleClass().add("order-line");
                detail.getChildren().add(l);
            });
            detail.getChildren().addAll(new Label(messages.get("mobile.orders.total") + ": " + money.format(order.total())),
                    new Label(messages.get("mobile.orders.paid") + ": " + money.format(order.paidTotal())));
        });
        frame("orders", model.figures(), panes, messages);
    }
}
