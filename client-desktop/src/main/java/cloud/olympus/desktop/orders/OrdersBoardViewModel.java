package cloud.olympus.desktop.orders;

import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.client.realtime.RealtimeListener;
import cloud.olympus.client.realtime.RealtimeMessage;
import cloud.olympus.client.realtime.RealtimeState;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tools.jackson.databind.JsonNode;

/**
 * The open orders and what can be done with each: move it one step on, or cancel it while that is
 * allowed (the same state machine the server keeps, from common-model), and how many alerts are
 * open. Kept current by the server's live events while the connection is up; while it is down, by
 * asking again every few seconds ({@link #poll()}).
 */
public final class OrdersBoardViewModel implements RealtimeListener {

    private static final String ORDERS = "orders";
    private static final String ALERTS = "alerts";

    private final OlympusApi api;
    private final Locale language;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final Map<String, MoneyFormat> money = new ConcurrentHashMap<>();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(false);
    private final Set<UUID> openAlerts = new HashSet<>();
    private final ReadOnlyIntegerWrapper openAlertCount = new ReadOnlyIntegerWrapper(0);
    private final boolean seesAlerts;
    private RealtimeClient connection;

    /**
     * @param language   the till's language, in which order totals are written in their own currency
     * @param seesAlerts whether the person at the till may see alerts ({@code alert_view})
     */
    public OrdersBoardViewModel(OlympusApi api, Locale language, boolean seesAlerts, Executor background, Executor ui) {
        this.api = api;
        this.language = language;
        this.seesAlerts = seesAlerts;
        this.background = background;
        this.ui = ui;
    }

    /** Shows what is open now and follows the live events from here on. */
    public void start() {
        refresh();
        if (connection == null) {
            connection = api.live(seesAlerts ? Set.of(ORDERS, ALERTS) : Set.of(ORDERS), this);
            connection.start();
        }
    }

    /** Stops following the live events. */
    public void stop() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** Asks the server again, unless the live events keep the board current. */
    public void poll() {
        if (!live.get()) {
            refresh();
        }
    }

    /** Whether live events keep the board current (else it is asked for every few seconds). */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** How many alerts someone should still see to: stock running out, sales waiting for a review. */
    public ReadOnlyIntegerProperty openAlertsProperty() {
        return openAlertCount.getReadOnlyProperty();
    }

    @Override
    public void onMessage(RealtimeMessage message) {
        if (message.topic().equals(ORDERS)) {
            OrderSummary order = api.orderFrom(message.data());
            ui.execute(() -> show(order));
        } else if (message.topic().equals(ALERTS)) {
            JsonNode alert = message.data();
            UUID id = UUID.fromString(alert.path("id").asString());
            boolean open = alert.path("acknowledged_at").isNull() && alert.path("resolved_at").isNull();
            ui.execute(() -> {
                if (open) {
                    openAlerts.add(id);
                } else {
                    openAlerts.remove(id);
                }
                openAlertCount.set(openAlerts.size());
            });
        }
    }

    @Override
    public void onState(RealtimeState state) {
        ui.execute(() -> live.set(state == RealtimeState.LIVE));
        if (state == RealtimeState.LIVE) {
            // Whatever happened before the subscription took hold is read once; the events carry on from there.
            refresh();
        }
    }

    @Override
    public void onReload(String reason) {
        refresh();
    }

    /** An order as it is now: on the board while it is open, off it once completed or cancelled. */
    private void show(OrderSummary order) {
        int at = -1;
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(order.id())) {
                at = i;
                break;
            }
        }
        boolean open = order.status() != OrderStatus.COMPLETED && order.status() != OrderStatus.CANCELLED;
        if (at >= 0 && open) {
            orders.set(at, order);
        } else if (at >= 0) {
            orders.remove(at);
        } else if (open) {
            orders.add(0, order);
        }
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
                Set<UUID> alerts = seesAlerts ? api.openAlerts() : Set.of();
                ui.execute(() -> {
                    orders.setAll(open);
                    openAlerts.clear();
                    openAlerts.addAll(alerts);
                    openAlertCount.set(openAlerts.size());
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
