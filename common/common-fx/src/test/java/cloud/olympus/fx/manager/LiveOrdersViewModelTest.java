package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.commerce.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Today's orders: counted, their takings, those under way, and kept live by order events. */
class LiveOrdersViewModelTest {

    private final List<OrderSummary> orders = Fixtures.list("orders.json", OrderSummary.class);
    private final List<LocalDate> asked = new ArrayList<>();
    // 01:00 in Los Angeles is still the 26th there: the business's day, not the UTC one.
    private final LiveOrdersViewModel model = new LiveOrdersViewModel(day -> {
        asked.add(day);
        return orders;
    }, Fixtures.figures(LiveOrdersViewModel.TodaysOrders.class), Clock.fixed(Instant.parse("2026-11-27T20:00:00Z"),
            ZoneId.of("UTC")), ZoneId.of("America/Los_Angeles"));

    @Test
    void theDaysOrdersAreCountedWithTheirTakingsAndThoseUnderWay() {
        model.refresh();

        assertThat(asked).containsExactly(LocalDate.of(2026, 11, 27));
        assertThat(model.orders()).hasSize(3);
        assertThat(model.countProperty().get()).isEqualTo(3);
        assertThat(model.underWayProperty().get()).isEqualTo(2);
        // 20.00 less 5.00 refunded, and 12.00 paid in the kitchen; the pending 30.00 is not sold yet.
        assertThat(model.takingsProperty().get()).isEqualByComparingTo("27.00");
        assertThat(model.currency()).isEqualTo("USD");
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
    void aNewOrderComesFirst() {
        model.refresh();
        OrderSummary last = orders.get(2);
        OrderSummary fresh = new OrderSummary(java.util.UUID.randomUUID(), "20261127-0004", OrderStatus.CONFIRMED, last.source(),
                List.of(), "USD", last.subtotal(), last.discountTotal(), last.tax(), last.total(), last.paymentStatus(),
                last.paidTotal(), last.tipTotal(), last.balanceDue(), null, Instant.parse("2026-11-27T19:59:00Z"), null, List.of(),
                List.of(), last.refundedTotal());

        model.changed(fresh);

        assertThat(model.orders().get(0).orderNumber()).isEqualTo("20261127-0004");
        assertThat(model.countProperty().get()).isEqualTo(4);
    }

    private static OrderSummary withStatus(OrderSummary o, OrderStatus status) {
        return new OrderSummary(o.id(), o.orderNumber(), status, o.source(), o.items(), o.currency(), o.subtotal(), o.discountTotal(),
                o.tax(), o.total(), o.paymentStatus(), o.paidTotal(), o.tipTotal(), o.balanceDue(), o.customerId(), o.createdAt(),
                o.completedAt(), o.payments(), o.refunds(), o.refundedTotal());
    }
}
