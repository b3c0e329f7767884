package cloud.olympus.desktop.orders;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.commerce.OrderStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open orders and what can be done with each: move it one step on, or cancel it while that is
 * allowed (the same state machine the server keeps, from common-model). Refreshed by polling.
 */
public final class OrdersBoardViewModel {

    private final OlympusApi api;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public OrdersBoardViewModel(OlympusApi api, Executor background, Executor ui) {
        this.api = api;
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<OrderSummary> orders() {
        return orders;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void refresh() {
        background.execute(() -> {
            try {
                List<OrderSummary> open = api.openOrders();
                ui.execute(() -> {
                    orders.setAll(open);
                    problem.set("");
                });
            } catch (RuntimeException e) {
                ui.execute(() -> problem.set(e.getMessage() == null ? "orders.unreachable" : e.getMessage()));
            }
        });
    }

    /** The next status of an order along its life, unless it is waiting for payment to complete. */
    public static Optional<OrderStatus> next(OrderSummary order) {
        OrderStatus status = OrderStatus.fromWireName(order.status()).orElseThrow();
        return status.allowedMoves().stream().filter(s -> s != OrderStatus.CANCELLED).findFirst()
                .filter(s -> s != OrderStatus.COMPLETED || "paid".equals(order.paymentStatus()));
    }

    public static boolean cancellable(OrderSummary order) {
        return OrderStatus.fromWireName(order.status()).orElseThrow().canMoveTo(OrderStatus.CANCELLED)
                && !"paid".equals(order.paymentStatus()) && !"partially_paid".equals(order.paymentStatus());
    }

    public void advance(OrderSummary order) {
        next(order).ifPresent(status -> move(order, status));
    }

    public void cancel(OrderSummary order) {
        if (cancellable(order)) {
            move(order, OrderStatus.CANCELLED);
        }
    }

    private void move(OrderSummary order, OrderStatus status) {
        background.execute(() -> {
            try {
                api.changeStatus(order.id(), status.wireName());
                refresh();
            } catch (OlympusApiException e) {
                ui.execute(() -> problem.set(e.getMessage()));
                refresh();
            } catch (RuntimeException e) {
                ui.execute(() -> problem.set("orders.unreachable"));
            }
        });
    }
}
