package cloud.olympus.fx.manager;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.model.commerce.OrderStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's orders, kept live: loaded once, then each order event changes its order in place (a new
 * one comes first). The day's count, takings (what was sold less what was refunded) and the orders
 * still under way follow; one order can be picked to see it whole.
 */
public final class LiveOrdersViewModel {

    /** Where the orders come from: {@link #of(ManagerApi)} over HTTP. */
    @FunctionalInterface
    public interface Source {
        List<OrderSummary> ordersOf(LocalDate day);

        static Source of(ManagerApi api) {
            return api::ordersOf;
        }
    }

    /** The day's orders as the screen keeps them. */
    public record TodaysOrders(LocalDate day, List<OrderSummary> orders) {
        public TodaysOrders {
            orders = orders == null ? List.of() : List.copyOf(orders);
        }
    }

    private static final Comparator<OrderSummary> NEWEST_FIRST = Comparator.comparing(OrderSummary::createdAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final Source source;
    private final ScreenFigures<TodaysOrders> figures;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ObservableList<OrderSummary> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ReadOnlyObjectWrapper<OrderSummary> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper underWay = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<BigDecimal> takings = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);

    public LiveOrdersViewModel(Source source, ScreenFigures<TodaysOrders> figures, Clock clock, ZoneId zone) {
        this.source = source;
        this.figures = figures;
        this.clock = clock;
        this.zone = zone;
        figures.valueProperty().addListener((obs, old, now) -> show(now));
    }

    public ScreenFigures<TodaysOrders> figures() {
        return figures;
    }

    /** Today's orders, newest first; one list for the screen's lifetime. */
    public ObservableList<OrderSummary> orders() {
        return ordersView;
    }

    public ReadOnlyObjectProperty<OrderSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Orders not completed or cancelled yet. */
    public ReadOnlyIntegerProperty underWayProperty() {
        return underWay.getReadOnlyProperty();
    }

    /** What today's sales came to: the totals of orders paid for (not pending or cancelled), less refunds. */
    public ReadOnlyObjectProperty<BigDecimal> takingsProperty() {
        return takings.getReadOnlyProperty();
    }

    /** The currency of the orders shown, or null before there are any. */
    public String currency() {
        return orders.isEmpty() ? null : orders.get(0).currency();
    }

    public void select(OrderSummary order) {
        selected.set(order);
    }

    /** Loads today's orders again. */
    public void refresh() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        figures.load(() -> new TodaysOrders(today, source.ordersOf(today)));
    }

    /** An order event: the order as it is now, placed today or changed today. */
    public void changed(OrderSummary order) {
        TodaysOrders shown = figures.value();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<OrderSummary> next = new ArrayList<>(shown == null || !today.equals(shown.day()) ? List.of() : shown.orders());
        next.removeIf(o -> o.id().equals(order.id()));
        next.add(order);
        next.sort(NEWEST_FIRST);
        figures.set(new TodaysOrders(today, next));
    }

    private void show(TodaysOrders now) {
        List<OrderSummary> list = now == null ? List.of() : now.orders();
        orders.setAll(list);
        count.set((int) list.stream().filter(o -> o.status() != OrderStatus.CANCELLED).count());
        underWay.set((int) list.stream().filter(o -> !o.status().isFinal()).count());
        takings.set(list.stream().filter(o -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.PENDING)
                .map(o -> o.total().subtract(o.refundedTotal() == null ? BigDecimal.ZERO : o.refundedTotal()))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        OrderSummary picked = selected.get();
        if (picked != null) {
            UUID id = picked.id();
            selected.set(list.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null));
        }
    }
}
