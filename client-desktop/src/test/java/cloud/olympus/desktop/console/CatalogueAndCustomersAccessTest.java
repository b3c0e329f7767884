package cloud.olympus.desktop.console;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.console.catalogue.CatalogueScreen;
import cloud.olympus.desktop.console.customers.CustomersScreen;
import cloud.olympus.model.auth.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who the catalogue and customers screens open for, by the access table every client reads. */
class CatalogueAndCustomersAccessTest {

    @Test
    void theCatalogueIsForThoseWhoEditItAndCountStock() {
        CatalogueScreen catalogue = new CatalogueScreen(null, FileDialogs.system());
        assertThat(catalogue.id()).isEqualTo("catalogue");
        assertThat(catalogue.allowedFor(as(Role.MANAGER))).isTrue();
        assertThat(catalogue.allowedFor(as(Role.OWNER))).isTrue();
        assertThat(catalogue.allowedFor(as(Role.CASHIER))).isFalse();
        assertThat(catalogue.allowedFor(as(Role.KITCHEN))).isFalse();
    }

    @Test
    void customersAreForThoseWhoLookAfterThem() {
        CustomersScreen customers = new CustomersScreen(null, FileDialogs.system());
        assertThat(customers.id()).isEqualTo("customers");
        assertThat(customers.allowedFor(as(Role.MANAGER))).isTrue();
        assertThat(customers.allowedFor(as(Role.ADMIN))).isTrue();
        assertThat(customers.allowedFor(as(Role.KITCHEN))).isFalse();
        assertThat(as(Role.MANAGER).may(cloud.olympus.model.auth.Permission.CUSTOMER_PRIVACY))
                .as("a manager sees customers but neither hands over nor erases their data").isFalse();
    }

    private static Session as(Role role) {
        return Session.fromRoles(UUID.randomUUID(), UUID.randomUUID(), Set.of(role), "Someone");
    }
}
