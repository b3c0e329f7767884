package cloud.olympus.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.support.ModuleTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer module as the rest of the system sees it: it listens for orders completing and being
 * refunded, and keeps each customer's points and spend. Commerce, whose events these are, needs
 * inventory: the context holds the customer module and all it depends on.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CustomerModuleTests extends ModuleTest {

    @Autowired
    Customers customers;
    @Autowired
    CustomerPrivacy privacy;
    @Autowired
    Loyalty loyalty;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aCompletedOrderEarnsItsCustomerPointsOnceHoweverOftenItIsDelivered(Scenario scenario) {
        UUID ann = customer("Ann");
        OrderCompleted completed = new OrderCompleted(owner.actingTenantId(), UUID.randomUUID(), "S-1", ann, new BigDecimal("42.50"),
                new BigDecimal("2.50"), "USD", Instant.now());
        scenario.publish(completed)
                .andWaitForStateChange(asShop(() -> customers.find(ann).orElseThrow()), c -> c.loyaltyPoints() > 0)
                .andVerify(c -> {
                    assertThat(c.loyaltyPoints()).isEqualTo(40);
                    assertThat(c.lifetimeValue()).isEqualByComparingTo("40.00");
                });
        scenario.publish(completed)
                .andWaitForStateChange(asShop(() -> customers.loyaltyHistory(ann)), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).hasSize(1));
        assertThat(customers.find(ann).orElseThrow().loyaltyPoints()).isEqualTo(40);
    }

    @Test
    void aRefundTakesBackThePointsItsAmountEarned(Scenario scenario) {
        UUID bob = customer("Bob");
        UUID order = UUID.randomUUID();
        scenario.publish(new OrderCompleted(owner.actingTenantId(), order, "S-2", bob, new BigDecimal("30.00"), BigDecimal.ZERO, "USD", Instant.now()))
                .andWaitForStateChange(asShop(() -> customers.find(bob).orElseThrow().loyaltyPoints()), points -> points == 30)
                .andVerify(points -> assertThat(points).isEqualTo(30));
        scenario.publish(new OrderRefunded(owner.actingTenantId(), order, UUID.randomUUID(), bob, new BigDecimal("10.00"),
                        new OrderRefunded.Tender(UUID.randomUUID(), "card", new BigDecimal("30.00")), "card"))
                .andWaitForStateChange(asShop(() -> customers.find(bob).orElseThrow().loyaltyPoints()), points -> points < 30)
                .andVerify(points -> assertThat(points).isEqualTo(20));
    }

    @Test
    void anErasureClearsThePointsWithALedgerEntryAndSaysSoOnceWithoutThePerson(Scenario scenario) {
        UUID cat = customer("Cat");
        scenario.publish(new OrderCompleted(owner.actingTenantId(), UUID.randomUUID(), "S-3", cat, new BigDecimal("25.00"),
                        BigDecimal.ZERO, "USD", Instant.now()))
                .andWaitForStateChange(asShop(() -> customers.find(cat).orElseThrow().loyaltyPoints()), points -> points == 25)
                .andVerify(points -> assertThat(points).isEqualTo(25));
        scenario.stimulate(() -> privacy.erase(cat, owner.userId()))
                .andWaitForEventOfType(CustomerErased.class)
                .matching(event -> event.customerId().equals(cat))
                .toArriveAndVerify(event -> {
                    assertThat(event.pointsCleared()).isEqualTo(25);
                    assertThat(event.ordersUnlinked()).isZero();
                    assertThat(event.actorId()).isEqualTo(owner.userId());
                });
        Customer erased = customers.find(cat).orElseThrow();
        assertThat(erased.firstName()).isNull();
        assertThat(erased.lastName()).isNull();
        assertThat(erased.loyaltyPoints()).isZero();
        assertThat(customers.loyaltyHistory(cat)).extracting(e -> e.kind()).containsExactly("erasure", "accrual");
        assertThat(privacy.erase(cat, owner.userId()).erasedNow()).as("erasing again finds nothing to erase").isFalse();
        assertThat(customers.loyaltyHistory(cat)).hasSize(2);
    }

    @Test
    void aRefundAfterTheCustomerWasErasedTakesAndGivesNothing(Scenario scenario) {
        UUID dan = customer("Dan");
        UUID order = UUID.randomUUID();
        scenario.publish(new OrderCompleted(owner.actingTenantId(), order, "S-4", dan, new BigDecimal("20.00"), BigDecimal.ZERO,
                        "USD", Instant.now()))
                .andWaitForStateChange(asShop(() -> customers.find(dan).orElseThrow().loyaltyPoints()), points -> points == 20)
                .andVerify(points -> assertThat(points).isEqualTo(20));
        UUID payment = UUID.randomUUID();
        tx.executeWithoutResult(s -> loyalty.redeem(dan, payment, new BigDecimal("0.10")));
        privacy.erase(dan, owner.userId());

        assertThat(loyalty.reverse(dan, order, UUID.randomUUID(), new BigDecimal("20.00"))).isFalse();
        assertThat(loyalty.restore(dan, UUID.randomUUID(), payment, new BigDecimal("0.10"), new BigDecimal("0.10"))).isFalse();
        assertThat(customers.loyaltyHistory(dan)).extracting(e -> e.kind()).containsExactly("erasure", "redemption", "accrual");
        assertThat(customers.find(dan).orElseThrow().loyaltyPoints()).isZero();
    }

    private UUID customer(String name) {
        return customers.create(new CustomerDetails(Optional.empty(), Optional.of(name), Optional.of("Module"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).id();
    }
}
