package cloud.olympus.desktop.orders;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.fx.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The open orders as cards with status chips, moved on or cancelled with a tap, and the count of open
 * alerts; kept current by the server's live events, or every few seconds while they do not come.
 */
public final class OrdersOverlay extends Overlay {

    private final Timeline poll;
    private final HBox actions;
    private final OrdersBoardViewModel model;

    public OrdersOverlay(OrdersBoardViewModel model, Messages messages, Runnable onClose) {
        super("orders-board", messages.get("orders.title"), onClose);
        this.model = model;
        card().getStyleClass().add("orders-card");
        FlowPane cards = new FlowPane();
        cards.getStyleClass().add("order-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("order-scroll");
        Label empty = new Label(messages.get("orders.none"));
        empty.getStyleClass().add("subtitle");
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.setId("orders-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        model.orders().addListener((ListChangeListener<OrderSummary>) change -> render(model, messages, cards, empty));
        Button close = new Button(messages.get("action.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Label alerts = new Label();
        alerts.setId("orders-alerts");
        alerts.getStyleClass().add("orders-alerts");
        alerts.textProperty().bind(Bindings.createStringBinding(() -> messages.get("orders.alerts",
                model.openAlertsProperty().get()), model.openAlertsProperty()));
        Label live = new Label();
        live.setId("orders-live");
        live.getStyleClass().add("subtitle");
        live.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.liveProperty().get()
                ? "orders.live" : "orders.polling"), model.liveProperty()));
        actions = new HBox(problem, cloud.olympus.desktop.pos.Overlays.spacer(), live, alerts, close);
        actions.getStyleClass().add("overlay-actions");
        add(empty, scroll, actions);
        render(model, messages, cards, empty);
        model.start();
        poll = new Timeline(new KeyFrame(Duration.seconds(5), e -> model.poll()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    /** Another button beside Close, for what the till offers from the board. */
    public void addAction(javafx.scene.Node action) {
        actions.getChildren().add(actions.getChildren().size() - 1, action);
    }

    @Override
    public void close() {
        poll.stop();
        model.stop();
        super.close();
    }

    private static void render(OrdersBoardViewModel model, Messages messages, FlowPane cards, Label empty) {
        cards.getChildren().clear();
        empty.setVisible(model.orders().isEmpty());
        empty.setManaged(model.orders().isEmpty());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
        for (OrderSummary order : model.orders()) {
            Label number = new Label(order.orderNumber());
            number.getStyleClass().add("order-number");
            Label chip = new Label(messages.get("status." + order.status().wireName()));
            chip.getStyleClass().addAll("status-chip", "status-" + order.status().wireName());
            Label details = new Label(time.format(order.createdAt()) + "  ·  " + model.total(order) + "  ·  "
                    + messages.get("payment." + order.paymentStatus().wireName()));
            details.getStyleClass().add("subtitle");
            Label items = new Label(String.join(", ", order.items().stream().map(l -> l.quantity() + "× " + l.name()).toList()));
            items.getStyleClass().add("order-items");
            items.setWrapText(true);
            HBox buttons = new HBox();
            buttons.getStyleClass().add("order-actions");
            OrdersBoardViewModel.next(order).ifPresent(next -> {
                Button advance = new Button("→ " + messages.get("status." + next.wireName()));
                advance.getStyleClass().add("accent");
                advance.setOnAction(e -> model.advance(order));
                buttons.getChildren().add(advance);
            });
            if (OrdersBoardViewModel.cancellable(order)) {
                Button cancel = new Button(messages.get("orders.cancel"));
                cancel.getStyleClass().add("danger");
                cancel.setOnAction(e -> model.cancel(order));
                buttons.getChildren().add(cancel);
            }
            VBox card = new VBox(new HBox(number, cloud.olympus.desktop.pos.Overlays.spacer(), chip), details, items, buttons);
            card.getStyleClass().add("order-card");
            cards.getChildren().add(card);
        }
    }
}
