package cloud.olympus.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.server.customer.CustomerDetails;
import cloud.olympus.server.customer.Customers;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.InsufficientStock;
import cloud.olympus.server.inventory.NewItem;
import cloud.olympus.server.support.ModuleTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The commerce module with the modules it depends on (platform, auth, inventory) and the customer
 * module, which keeps the accounts an order names and listens for orders completing: orders placed,
 * paid and completed through the services, their events, and what the customer module makes of them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "customer")
class CommerceModuleTests extends ModuleTest {

    @Autowired
    OrderManagement management;
    @Autowired
    Payments payments;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Customers customers;

    @Test
    void placingAnOrderReservesItsStockAndSaysSo(Scenario scenario) {
        UUID cup = item("CUP", "10.00", 5);
        scenario.stimulate(() -> management.place(Optional.empty(), order(cup, 2, null), owner))
                .andWaitForEventOfType(OrderPlaced.class)
                .toArriveAndVerify((event, order) -> {
                    assertThat(event.orderId()).isEqualTo(order.id());
                    assertThat(event.total()).isEqualByComparingTo("21.65");
                    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
                    assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
                });
        assertThat(catalogue.find(cup).orElseThrow().reservedStock()).isEqualTo(2);
        assertThatThrownBy(() -> management.place(Optional.empty(), order(cup, 4, null), owner))
                .isInstanceOf(InsufficientStock.class);
    }

    @Test
    void anOrderIsStoredWholeAndReadBackAsItWasTaken() {
        UUID cup = item("CUP", "10.00", 5);
        Order placed = management.place(Optional.empty(), order(cup, 3, null), owner);
        payments.pay(placed.id(), new Payments.Tender(PaymentMethod.CARD, new BigDecimal("10.00"), null, "auth 1"), owner);
        payments.pay(placed.id(), new Payments.Tender(PaymentMethod.CASH, new BigDecimal("40.00"), null, null), owner);
        Order refunded = payments.refund(placed.id(), new Payments.RefundRequest(null,
                Map.of(placed.lines().get(0).id(), new Payments.LineRefund(1, false)), "chipped", null, null, null, null), owner);

        Order read = management.find(placed.id()).orElseThrow();
        assertThat(read.total()).isEqualByComparingTo("32.48").hasScaleOf(2);
        assertThat(read.lines()).singleElement().satisfies(l -> {
            assertThat(l.refundedQuantity()).isEqualTo(1);
            assertThat(l.unitPrice()).isEqualByComparingTo("10.00").hasScaleOf(2);
        });
        assertThat(read.payments()).extracting(Payment::method).containsExactly("card", "cash");
        assertThat(read.payments().get(1).changeDue()).isEqualByComparingTo("17.52");
        assertThat(read.refunds()).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualByComparingTo("10.83");
            assertThat(r.paymentId()).isEqualTo(read.payments().get(1).id());
            assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(1));
        });
        assertThat(read.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(read.refundedTotal()).isEqualTo(refunded.refundedTotal());
    }

    @Test
    void payingInFullCompletesTheOrderAndItsCustomerEarnsPoints(Scenario scenario) {
        UUID cup = item("CUP", "10.00", 5);
        UUID ann = customers.create(new CustomerDetails(Optional.empty(), Optional.of("Ann"), Optional.of("Lee"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).id();
        Order order = management.place(Optional.empty(), order(cup, 1, ann), owner);
        scenario.stimulate(() -> payments.pay(order.id(), new Payments.Tender(PaymentMethod.CARD, order.total(), null, null), owner))
                .andWaitForEventOfType(OrderCompleted.class)
                .matching(event -> event.orderId().equals(order.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.customerId()).isEqualTo(ann);
                    assertThat(event.spent()).isEqualByComparingTo("10.83");
                });
        scenario.stimulate(() -> customers.find(ann).orElseThrow())
                .andWaitForStateChange(asShop(() -> customers.find(ann).orElseThrow().loyaltyPoints()), points -> points > 0)
                .andVerify(points -> assertThat(points).isEqualTo(10));
        assertThat(catalogue.find(cup).orElseThrow().currentStock()).isEqualTo(4);
    }

    private UUID item(String sku, String price, int stock) {
        return catalogue.create(new NewItem(sku, "Item " + sku, null, null, new BigDecimal(price), stock, 0, null, null, null, true,
                true, false, List.of(), Map.of(), null), owner.userId()).id();
    }

    private static PlaceOrder order(UUID product, int quantity, UUID customer) {
        return new PlaceOrder(List.of(new PlaceOrder.Line(product, quantity, List.of(), null, null)), OrderSource.POS, customer,
                List.of(), null);
    }
}
