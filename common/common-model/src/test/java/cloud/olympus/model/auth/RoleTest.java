package cloud.olympus.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void wireNamesAreLowerCaseAndRoundTrip() {
        for (Role role : Role.values()) {
            assertThat(role.wireName()).isEqualTo(role.name().toLowerCase());
            assertThat(Role.fromWireName(role.wireName())).contains(role);
        }
        assertThat(Role.fromWireName(" Cashier ")).contains(Role.CASHIER);
        assertThat(Role.fromWireName("root")).isEmpty();
        assertThat(Role.fromWireName(null)).isEmpty();
    }

    @Test
    void onlyOwnersAppointOwnersAndStaffAppointNobody() {
        assertThat(Role.OWNER.mayGrant(Role.OWNER)).isTrue();
        assertThat(Role.ADMIN.mayGrant(Role.OWNER)).isFalse();
        assertThat(Role.ADMIN.mayGrant(Role.ADMIN)).isTrue();
        assertThat(Role.ADMIN.mayGrant(Role.CASHIER)).isTrue();
        assertThat(Role.MANAGER.mayGrant(Role.CASHIER)).isFalse();
        assertThat(Role.CASHIER.mayGrant(Role.CASHIER)).isFalse();
    }
}
