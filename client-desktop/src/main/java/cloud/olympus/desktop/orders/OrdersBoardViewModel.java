package cloud.olympus.desktop.orders;

import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open orders and what can be done with each: move it one step on, or cancel it while that is
 * allowed (the same state machine the server keeps, from common-model). Refreshed by polling.
 */
public final class OrdersBoardViewModel {

    private final OlympusApi api;
    private final Locale language;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final Map<String, MoneyFormat> money = new ConcurrentHashMap<>();

    /** @param language the till's language, in which order totals are written in their own currency */
    public OrdersBoardViewModel(OlympusApi api, Locale language, Executor background, Executor ui) {
        this.api = api;
        this.language = language;
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<OrderSummary> orders() {
        return orders;
    }

    /** What went wrong with the last refresh or move; {@link Phrase#NONE} when nothing did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** An order's total in its currency, as the till's language writes money. */
    public String total(OrderSummary order) {
        return money.computeIfAbsent(order.currency(), currency -> new MoneyFormat(language, currency)).format(order.total());
    }

    public void refresh() {
        background.execute(() -> {
            try {
                List<OrderSummary> open = api.openOrders();
                ui.execute(() -> {
                    orders.setAll(open);
                    problem.set(Phrase.NONE);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> problem.set(said(e)));
            }
        });
    }

    /** The next status of an order along its life, unless it is waiting for payment to complete. */
    public static Optional<OrderStatus> next(OrderSummary order) {
        return order.status().allowedMoves().stream().filter(s -> s != OrderStatus.CANCELLED).findFirst()
                .filter(s -> s != OrderStatus.COMPLETED || order.paymentStatus() == PaymentStatus.PAID);
    }

    /** Whether the order may still be cancelled: its status allows it, and it is not paid, wholly or in part. */
    public static boolean cancellable(OrderSummary order) {
        return order.status().canMoveTo(OrderStatus.CANCELLED)
                && order.paymentStatus() != PaymentStatus.PAID && order.paymentStatus() != PaymentStatus.PARTIALLY_PAID;
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
                api.changeStatus(order.id(), status);
                refresh();
            } catch (ServerUnreachableException e) {
                ui.execute(() -> problem.set(said(e)));
            } catch (RuntimeException e) {
                ui.execute(() -> problem.set(said(e)));
                refresh();
            }
        });
    }

    private static Phrase said(RuntimeException e) {
        return e instanceof ServerUnreachableException ? Phrase.of("orders.unreachable") : Problems.phrase(e);
    }
}
