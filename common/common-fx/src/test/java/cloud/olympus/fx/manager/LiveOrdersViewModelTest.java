package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.ManagerApi.OrderPage;
import cloud.olympus.model.commerce.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Today's orders: the day's count and takings as the dashboard gives them, the orders a page at a time, kept live by order events. */
class LiveOrdersViewModelTest {

    private final List<OrderSummary> orders = Fixtures.list("orders.json", OrderSummary.class);
    private final Dashboard dashboard = Fixtures.read("dashboard.json", Dashboard.class);
    private final List<String> asked = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();
    private Dashboard today = dashboard;
    /** The day's orders beyond the first page, answered for the cursor "older". */
    private List<OrderSummary> older = List.of();
    /** The day's first page as the server has it. */
    private List<OrderSummary> served = orders;
    /** What happens after the server answered a first page and before it is shown. */
    private Runnable whileReading = () -> { };

    private final LiveOrdersViewModel model = new LiveOrdersViewModel(new LiveOrdersViewModel.Source() {
        @Override
        public Dashboard today() {
            asked.add("dashboard");
            return today;
        }

        @Override
        public OrderPage orders(LocalDate day, String cursor) {
            asked.add(day + (cursor == null ? "" : " " + cursor));
            if (cursor != null) {
                return new OrderPage(older, null);
            }
            List<OrderSummary> page = served;
            whileReading.run();
            return new OrderPage(page, older.isEmpty() ? null : "older");
        }
    }, Fixtures.figures(LiveOrdersViewModel.TodaysOrders.class), (delay, task) -> {
        assertThat(delay).isEqualTo(TodayViewModel.SETTLE);
        later.add(task);
        return () -> later.remove(task);
    }, Runnable::run);

    @Test
    void theDaysCountAndTakingsAreTheDashboardsAndTheOrdersThoseOfItsBusinessDay() {
        model.refresh();

        // The server's business day (its day start on its clock), not the device's date.
        assertThat(asked).containsExactly("dashboard", "2026-11-27");
        assertThat(model.orders()).hasSize(3);
        // However many orders the day has, the figures are the dashboard's.
        assertThat(model.countProperty().get()).isEqualTo(60);
        assertThat(model.takingsProperty().get()).isEqualByComparingTo("1200.00");
        assertThat(model.underWayProperty().get()).isEqualTo(2);
        assertThat(model.currency()).isEqualTo("USD");
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void olderOrdersLoadAPageAtATime() {
        OrderSummary last = orders.get(2);
        older = List.of(order(last, "20261127-0000", Instant.parse("2026-11-27T08:00:00Z")), last);
        model.refresh();
        assertThat(model.moreProperty().get()).isTrue();

        model.loadMore();

        assertThat(asked).containsExactly("dashboard", "2026-11-27", "2026-11-27 older");
        assertThat(model.orders()).hasSize(4);
        assertThat(model.orders().get(3).orderNumber()).isEqualTo("20261127-0000");
        assertThat(model.moreProperty().get()).isFalse();
        model.loadMore();
        assertThat(asked).hasSize(3);
    }

    @Test
    void anOrderEventChangesItsOrderInPlaceAndTheOnePickedFollows() {
        model.refresh();
        OrderSummary preparing = orders.get(1);
        model.select(preparing);

        model.changed(withStatus(preparing, OrderStatus.COMPLETED));

        assertThat(model.orders()).hasSize(3);
        assertThat(model.underWayProperty().get()).isEqualTo(1);
        assertThat(model.selectedProperty().get().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aNewOrderComesFirstAndTheDaysFiguresAreReadOnceAMomentLater() {
        model.refresh();
        OrderSummary fresh = order(orders.get(2), "20261127-0004", Instant.parse("2026-11-27T19:59:00Z"));
        today = withSales(dashboard, dashboard.date(), 61, new BigDecimal("1230.00"));

        model.changed(fresh);
        model.changed(withStatus(fresh, OrderStatus.COMPLETED));

        assertThat(model.orders().get(0).orderNumber()).isEqualTo("20261127-0004");
        assertThat(later).hasSize(1);
        later.remove(0).run();
        assertThat(asked).containsExactly("dashboard", "2026-11-27", "dashboard");
        assertThat(model.countProperty().get()).isEqualTo(61);
        assertThat(model.takingsProperty().get()).isEqualByComparingTo("1230.00");
        assertThat(model.orders()).hasSize(4);
    }

    @Test
    void aNewBusinessDayBegunMeanwhileIsLoadedAfresh() {
        model.refresh();
        today = withSales(dashboard, LocalDate.of(2026, 11, 28), 0, BigDecimal.ZERO);

        model.changed(order(orders.get(2), "20261128-0001", Instant.parse("2026-11-28T09:00:00Z")));
        later.remove(0).run();

        assertThat(asked).containsExactly("dashboard", "2026-11-27", "dashboard", "dashboard", "2026-11-28");
        assertThat(model.countProperty().get()).isZero();
    }

    @Test
    void anOrderEventHeardWhileTheDayIsReadIsNotUndoneByTheOlderReadingWhichIsAskedForAgain() {
        OrderSummary fresh = order(orders.get(2), "20261127-0004", Instant.parse("2026-11-27T19:59:00Z"));
        OrderSummary preparing = orders.get(1);
        whileReading = () -> {
            whileReading = () -> { };
            // The events come after the server answered, before its answer is shown.
            model.changed(fresh);
            model.changed(withStatus(preparing, OrderStatus.COMPLETED));
            served = List.of(fresh, orders.get(0), withStatus(preparing, OrderStatus.COMPLETED), orders.get(2));
        };

        model.refresh();

        assertThat(asked).containsExactly("dashboard", "2026-11-27", "dashboard", "2026-11-27");
        assertThat(model.orders()).hasSize(4);
        assertThat(model.orders().get(0).orderNumber()).isEqualTo("20261127-0004");
        assertThat(model.orders().stream().filter(o -> o.id().equals(preparing.id())).findFirst().orElseThrow().status())
                .isEqualTo(OrderStatus.COMPLETED);
        assertThat(model.figures().loadingProperty().get()).isFalse();
    }

    private static Dashboard withSales(Dashboard d, LocalDate date, long count, BigDecimal revenue) {
        Dashboard.Sales s = d.sales();
        return new Dashboard(date, d.scope(), d.tenantId(), d.currency(), d.asOf(),
                new Dashboard.Sales(revenue, count, s.averageOrder(), s.refunds(), s.items(), s.vsYesterday(), s.vsLastWeek()),
                d.byHour(), d.peakHours(), d.topProducts(), d.topCategories(), d.paymentMix(), d.customers(), d.inventory(), d.staff(),
                d.locations());
    }

    private static OrderSummary order(OrderSummary like, String number, Instant createdAt) {
        return new OrderSummary(UUID.randomUUID(), number, OrderStatus.CONFIRMED, like.source(), List.of(), "USD", like.subtotal(),
                like.discountTotal(), like.tax(), like.total(), like.paymentStatus(), like.paidTotal(), like.tipTotal(),
                like.balanceDue(), null, createdAt, null, List.of(), List.of(), like.refundedTotal());
    }

    private static OrderSummary withStatus(OrderSummary o, OrderStatus status) {
        return new OrderSummary(o.id(), o.orderNumber(), status, o.source(), o.items(), o.currency(), o.subtotal(), o.discountTotal(),
                o.tax(), o.total(), o.paymentStatus(), o.paidTotal(), o.tipTotal(), o.balanceDue(), o.customerId(), o.createdAt(),
                o.completedAt(), o.payments(), o.refunds(), o.refundedTotal());
    }
}
