package cloud.olympus.fx.manager;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.ManagerApi.OrderPage;
import cloud.olympus.fx.watch.Later;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's orders, kept live: the business day under way as the server counts it (the dashboard's
 * {@code date}), its count and takings as the dashboard gives them (so they match the Today screen
 * however many orders there are), and its orders newest first, a page at a time ({@link #loadMore()}).
 * Each order event changes its order in place (a new one comes first) and, a moment later, the
 * day's figures are read again. One order can be picked to see it whole.
 */
public final class LiveOrdersViewModel {

    /** Where the figures and orders come from: {@link #of(ManagerApi)} over HTTP. */
    public interface Source {
        /** The dashboard of the business day under way, for the whole business. */
        Dashboard today();

        /** A page of a business day's orders, newest first; the first without {@code cursor}. */
        OrderPage orders(LocalDate day, String cursor);

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public Dashboard today() {
                    return api.dashboard(null, null);
                }

                @Override
                public OrderPage orders(LocalDate day, String cursor) {
                    return api.ordersOf(day, cursor);
                }
            };
        }
    }

    /**
     * The day's orders as the screen keeps them: the day, its sales as the dashboard counts them, the
     * orders loaded so far, and the cursor of the next page (null when all are loaded).
     */
    public record TodaysOrders(LocalDate day, String currency, Dashboard.Sales sales, List<OrderSummary> orders, String nextCursor) {
        public TodaysOrders {
            orders = orders == null ? List.of() : List.copyOf(orders);
        }

        TodaysOrders withSales(Dashboard d) {
            return new TodaysOrders(day, d.currency(), d.sales(), orders, nextCursor);
        }

        TodaysOrders withOrders(List<OrderSummary> next, String cursor) {
            return new TodaysOrders(day, currency, sales, next, cursor);
        }
    }

    private static final Comparator<OrderSummary> NEWEST_FIRST = Comparator.comparing(OrderSummary::createdAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final Source source;
    private final ScreenFigures<TodaysOrders> figures;
    private final Later later;
    private final Executor ui;
    private final AtomicBoolean salesDue = new AtomicBoolean();
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ObservableList<OrderSummary> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ReadOnlyObjectWrapper<OrderSummary> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper underWay = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<BigDecimal> takings = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();

    /**
     * @param later schedules the reading of the day's figures that follows order events
     * @param ui    where that reading starts from
     */
    public LiveOrdersViewModel(Source source, ScreenFigures<TodaysOrders> figures, Later later, Executor ui) {
        this.source = source;
        this.figures = figures;
        this.later = later;
        this.ui = ui;
        figures.valueProperty().addListener((obs, old, now) -> show(now));
    }

    public ScreenFigures<TodaysOrders> figures() {
        return figures;
    }

    /** The day's orders loaded so far, newest first; one list for the screen's lifetime. */
    public ObservableList<OrderSummary> orders() {
        return ordersView;
    }

    public ReadOnlyObjectProperty<OrderSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The day's completed orders, as the dashboard counts them. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Orders loaded that are not completed or cancelled yet. */
    public ReadOnlyIntegerProperty underWayProperty() {
        return underWay.getReadOnlyProperty();
    }

    /** What the day's sales came to, net of refunds, as the dashboard counts them. */
    public ReadOnlyObjectProperty<BigDecimal> takingsProperty() {
        return takings.getReadOnlyProperty();
    }

    /** Whether the day has older orders than those loaded ({@link #loadMore()}). */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** The business's currency, or that of the orders shown, or null before there are any. */
    public String currency() {
        TodaysOrders shown = figures.value();
        if (shown != null && shown.currency() != null) {
            return shown.currency();
        }
        return orders.isEmpty() ? null : orders.get(0).currency();
    }

    public void select(OrderSummary order) {
        selected.set(order);
    }

    /** Loads the day under way again: its figures, then the first page of its orders. */
    public void refresh() {
        figures.load(() -> {
            Dashboard d = source.today();
            OrderPage page = source.orders(d.date(), null);
            return new TodaysOrders(d.date(), d.currency(), d.sales(), page.orders(), page.nextCursor());
        });
    }

    /** Loads the next page of the day's orders, after those shown; nothing when all are. */
    public void loadMore() {
        TodaysOrders shown = figures.value();
        if (shown == null || shown.nextCursor() == null) {
            return;
        }
        figures.update(() -> source.orders(shown.day(), shown.nextCursor()), (now, page) -> {
            if (now == null || !shown.day().equals(now.day()) || !shown.nextCursor().equals(now.nextCursor())) {
                // The day was loaded again meanwhile.
                return null;
            }
            Set<UUID> known = now.orders().stream().map(OrderSummary::id).collect(Collectors.toSet());
            List<OrderSummary> next = new ArrayList<>(now.orders());
            page.orders().stream().filter(o -> !known.contains(o.id())).forEach(next::add);
            next.sort(NEWEST_FIRST);
            return now.withOrders(next, page.nextCursor());
        });
    }

    /**
     * An order event: the order as it is now, placed or changed. It shows at once; the day's count and
     * takings are read again {@link TodayViewModel#SETTLE} later, once for all the events heard meanwhile.
     */
    public void changed(OrderSummary order) {
        TodaysOrders shown = figures.value();
        List<OrderSummary> next = new ArrayList<>(shown == null ? List.of() : shown.orders());
        next.removeIf(o -> o.id().equals(order.id()));
        next.add(order);
        next.sort(NEWEST_FIRST);
        figures.set(shown == null ? new TodaysOrders(null, null, null, next, null) : shown.withOrders(next, shown.nextCursor()));
        if (salesDue.compareAndSet(false, true)) {
            later.schedule(TodayViewModel.SETTLE, () -> {
                salesDue.set(false);
                ui.execute(this::readSales);
            });
        }
    }

    /** The day's figures again; a new business day begun meanwhile is loaded afresh. */
    private void readSales() {
        figures.update(source::today, (now, d) -> {
            if (now == null || !d.date().equals(now.day())) {
                ui.execute(this::refresh);
                return null;
            }
            return now.withSales(d);
        });
    }

    private void show(TodaysOrders now) {
        List<OrderSummary> list = now == null ? List.of() : now.orders();
        orders.setAll(list);
        Dashboard.Sales sales = now == null ? null : now.sales();
        count.set(sales == null ? 0 : (int) sales.orders());
        takings.set(sales == null || sales.revenue() == null ? BigDecimal.ZERO : sales.revenue());
        underWay.set((int) list.stream().filter(o -> !o.status().isFinal()).count());
        more.set(now != null && now.nextCursor() != null);
        OrderSummary picked = selected.get();
        if (picked != null) {
            UUID id = picked.id();
            selected.set(list.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null));
        }
    }
}
