package cloud.olympus.server.customer;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ModuleTests;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The customer module as the rest of the system sees it: it listens for orders completing and being
 * refunded, and keeps each customer's points and spend. Commerce, whose events these are, needs
 * inventory: the context holds the customer module and all it depends on.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CustomerModuleTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTests.ownDatabase(registry, "customer");
    }

    @Autowired
    Customers customers;
    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts users;

    private UUID tenant;

    @BeforeEach
    void openShop() {
        tenant = ModuleTests.openBusiness(tenants, users, Industry.RETAIL).actingTenantId();
    }

    @AfterEach
    void leave() {
        TenantContext.clear();
    }

    @Test
    void aCompletedOrderEarnsItsCustomerPointsOnceHoweverOftenItIsDelivered(Scenario scenario) {
        UUID ann = customer("Ann");
        OrderCompleted completed = new OrderCompleted(tenant, UUID.randomUUID(), "S-1", ann, new BigDecimal("42.50"),
                new BigDecimal("2.50"), "USD", Instant.now());
        scenario.publish(completed)
                .andWaitForStateChange(asTenant(() -> customers.find(ann).orElseThrow()), c -> c.loyaltyPoints() > 0)
                .andVerify(c -> {
                    assertThat(c.loyaltyPoints()).isEqualTo(40);
                    assertThat(c.lifetimeValue()).isEqualByComparingTo("40.00");
                });
        scenario.publish(completed)
                .andWaitForStateChange(asTenant(() -> customers.loyaltyHistory(ann)), entries -> !entries.isEmpty())
                .andVerify(entries -> assertThat(entries).hasSize(1));
        assertThat(customers.find(ann).orElseThrow().loyaltyPoints()).isEqualTo(40);
    }

    @Test
    void aRefundTakesBackThePointsItsAmountEarned(Scenario scenario) {
        UUID bob = customer("Bob");
        UUID order = UUID.randomUUID();
        scenario.publish(new OrderCompleted(tenant, order, "S-2", bob, new BigDecimal("30.00"), BigDecimal.ZERO, "USD", Instant.now()))
                .andWaitForStateChange(asTenant(() -> customers.find(bob).orElseThrow().loyaltyPoints()), points -> points == 30)
                .andVerify(points -> assertThat(points).isEqualTo(30));
        scenario.publish(new OrderRefunded(tenant, order, UUID.randomUUID(), bob, new BigDecimal("10.00"),
                        new OrderRefunded.Tender(UUID.randomUUID(), "card", new BigDecimal("30.00")), "card"))
                .andWaitForStateChange(asTenant(() -> customers.find(bob).orElseThrow().loyaltyPoints()), points -> points < 30)
                .andVerify(points -> assertThat(points).isEqualTo(20));
    }

    /** State looked at while waiting is looked at from another thread: as the test's tenant. */
    private <T> Supplier<T> asTenant(Supplier<T> state) {
        return () -> TenantContext.callAs(tenant, state);
    }

    private UUID customer(String name) {
        return customers.create(new CustomerDetails(Optional.empty(), Optional.of(name), Optional.of("Module"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).id();
    }
}
