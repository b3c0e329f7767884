package cloud.olympus.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    @Test
    void theOwnerMayDoEverythingAndEachRoleNoMoreThanTheOneAboveIt() {
        assertThat(AccessPolicy.permissionsOf(Role.OWNER)).containsExactlyInAnyOrder(Permission.values());
        assertThat(AccessPolicy.permissionsOf(Role.OWNER)).containsAll(AccessPolicy.permissionsOf(Role.ADMIN));
        assertThat(AccessPolicy.permissionsOf(Role.ADMIN)).containsAll(AccessPolicy.permissionsOf(Role.MANAGER));
        assertThat(AccessPolicy.permissionsOf(Role.MANAGER)).containsAll(AccessPolicy.permissionsOf(Role.CASHIER));
        assertThat(AccessPolicy.permissionsOf(Role.CASHIER)).containsAll(AccessPolicy.permissionsOf(Role.SERVER));
    }

    @Test
    void whatEachRoleMayNotDo() {
        assertThat(AccessPolicy.permissionsOf(Role.ADMIN)).doesNotContain(Permission.LOCATION_CREATE);
        assertThat(AccessPolicy.permissionsOf(Role.MANAGER)).doesNotContain(Permission.USER_ADMIN, Permission.TENANT_SETTINGS,
                Permission.LOCATION_ACT);
        assertThat(AccessPolicy.permissionsOf(Role.CASHIER)).doesNotContain(Permission.ORDER_REFUND, Permission.DISCOUNT_APPLY,
                Permission.CATALOGUE_EDIT, Permission.STOCK_ADJUST, Permission.ORDER_REVIEW);
        assertThat(AccessPolicy.permissionsOf(Role.SERVER)).doesNotContain(Permission.OPEN_PRICE_ENTER);
        assertThat(AccessPolicy.permissionsOf(Role.MANAGER)).contains(Permission.REPORTS_VIEW);
        assertThat(AccessPolicy.permissionsOf(Role.CASHIER)).doesNotContain(Permission.REPORTS_VIEW);
        assertThat(AccessPolicy.permissionsOf(Role.KITCHEN)).containsExactlyInAnyOrder(Permission.TENANT_VIEW,
                Permission.CATALOGUE_VIEW, Permission.ALERT_VIEW, Permission.ORDER_VIEW, Permission.ORDER_PREPARE,
                Permission.TIME_CLOCK, Permission.SCHEDULE_VIEW);
        assertThat(AccessPolicy.permissionsOf(Role.CASHIER)).doesNotContain(Permission.TIME_CORRECT, Permission.SCHEDULE_EDIT,
                Permission.STAFF_VIEW, Permission.DEVICE_MANAGE);
        assertThat(AccessPolicy.permissionsOf(Role.MANAGER)).contains(Permission.TIME_CORRECT, Permission.DEVICE_MANAGE)
                .doesNotContain(Permission.STAFF_ADMIN);
    }

    @Test
    void severalRolesAllowWhatAnyOfThemAllows() {
        Set<Permission> both = AccessPolicy.permissionsOf(List.of(Role.KITCHEN, Role.CASHIER));
        assertThat(both).isEqualTo(AccessPolicy.permissionsOf(Role.CASHIER));
        assertThat(AccessPolicy.allows(List.of(Role.KITCHEN, Role.MANAGER), Permission.ORDER_REFUND)).isTrue();
        assertThat(AccessPolicy.allows(List.of(Role.KITCHEN), Permission.CUSTOMER_EDIT)).isFalse();
        assertThat(AccessPolicy.allows(List.of(), Permission.TENANT_VIEW)).isFalse();
        assertThat(AccessPolicy.permissionsOf(List.of())).isEqualTo(EnumSet.noneOf(Permission.class));
    }

    @Test
    void permissionsHaveWireNames() {
        assertThat(Permission.ORDER_REFUND.wireName()).isEqualTo("order_refund");
        assertThat(Permission.fromWireName("Order_Refund")).contains(Permission.ORDER_REFUND);
        assertThat(Permission.fromWireName("fly")).isEmpty();
    }
}
