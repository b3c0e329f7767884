package cloud.olympus.desktop.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.backoffice.CustomerAdmin;
import cloud.olympus.client.backoffice.CustomerProfile;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Phrase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The customers screen's logic against a real demo server: find, change, tag, hand over and erase. */
class CustomersViewModelTest {

    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;

    @Test
    void aCustomerIsFoundChangedTaggedExportedAndErased() throws Exception {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        String surname = "Hopper" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = ACustomer.withAPaidOrder(owner, "Grace", surname);
        CustomersViewModel model = new CustomersViewModel(new CustomerAdmin(owner.client()), NOW, NOW);

        model.queryProperty().set(surname.toLowerCase());
        model.search();
        assertThat(model.customers()).extracting(CustomerProfile::id).containsExactly(id);
        model.select(model.customers().get(0));
        assertThat(model.orders()).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            model.select(model.customers().get(0));
            return !model.loyalty().isEmpty();
        });
        assertThat(model.loyalty().get(0).kind()).isEqualTo("accrual");

        model.emailProperty().set("not an email");
        model.save();
        assertThat(model.errors()).containsKey("email");
        model.emailProperty().set("grace@" + surname.toLowerCase() + ".example");
        model.phoneProperty().set("+1 555 0100");
        model.save();
        assertThat(model.errors()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(Phrase.of("console.customers.saved"));
        assertThat(model.selectedProperty().get().phone()).isEqualTo("+1 555 0100");

        assertThat(model.addTag("no spaces please")).isFalse();
        assertThat(model.addTag(" VIP ")).isTrue();
        assertThat(model.addTag("regular")).isTrue();
        assertThat(model.tags()).containsExactly("vip", "regular");
        model.removeTag("vip");
        assertThat(model.tags()).containsExactly("regular");

        Path file = dir.resolve("grace.json");
        model.exportTo(file);
        JsonNode exported = owner.client().json().readTree(Files.readString(file));
        assertThat(exported.get("customer").get("last_name").asString()).isEqualTo(surname);
        assertThat(exported.get("orders")).hasSize(1);

        assertThat(model.confirms("Grace")).isFalse();
        assertThat(model.erase("grace " + surname)).isFalse();
        assertThat(model.erase("Grace " + surname)).isTrue();
        assertThat(model.noticeProperty().get()).isEqualTo(Phrase.of("console.customers.erased"));
        CustomerProfile erased = model.selectedProperty().get();
        assertThat(erased.displayName()).isEmpty();
        assertThat(erased.tags()).isEmpty();
        assertThat(erased.loyaltyPoints()).isZero();
        assertThat(model.orders()).isEmpty();
        assertThat(model.loyalty().get(0).kind()).isEqualTo("erasure");
        assertThat(model.confirms("")).as("an erased customer has no name left to confirm with").isFalse();
    }

    @Test
    void aCustomersOrdersAndPointsHistoryGoBackAPageAtATime() {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        UUID id = ACustomer.withPaidOrders(owner, "Ada", "Lovelace" + UUID.randomUUID().toString().substring(0, 6), 3);
        CustomerAdmin admin = new CustomerAdmin(owner.client(), 2);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> admin.loyalty(id, null).hasMore());
        CustomersViewModel model = new CustomersViewModel(admin, NOW, NOW);

        model.select(admin.customer(id));
        assertThat(model.orders()).hasSize(2);
        assertThat(model.moreOrdersProperty().get()).isTrue();
        assertThat(model.loyalty()).hasSize(2);
        assertThat(model.moreLoyaltyProperty().get()).isTrue();

        model.loadMoreOrders();
        assertThat(model.orders()).hasSize(3).extracting(o -> o.id()).doesNotHaveDuplicates();
        assertThat(model.orders()).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
        assertThat(model.moreOrdersProperty().get()).isFalse();
        model.loadMoreLoyalty();
        assertThat(model.loyalty()).hasSize(3).extracting(e -> e.id()).doesNotHaveDuplicates();
        assertThat(model.loyalty()).allSatisfy(e -> assertThat(e.kind()).isEqualTo("accrual"));
        assertThat(model.moreLoyaltyProperty().get()).isFalse();

        model.select(null);
        assertThat(model.moreOrdersProperty().get()).isFalse();
        assertThat(model.moreLoyaltyProperty().get()).isFalse();
    }

    @Test
    void anEmptiedEmailOrPhoneIsClearedOnTheServer() {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        String surname = "Liskov" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.fromString(owner.client().post("/api/v1/customers", Map.of("first_name", "Barbara", "last_name", surname,
                "email", "barbara@" + surname.toLowerCase() + ".example", "phone", "+1 555 0199")).get("id").asString());
        CustomerAdmin admin = new CustomerAdmin(owner.client());
        CustomersViewModel model = new CustomersViewModel(admin, NOW, NOW);
        model.select(admin.customer(id));
        assertThat(model.emailProperty().get()).isNotEmpty();

        model.emailProperty().set("");
        model.phoneProperty().set("  ");
        model.save();

        assertThat(model.errors()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(Phrase.of("console.customers.saved"));
        CustomerProfile stored = admin.customer(id);
        assertThat(stored.email()).isNull();
        assertThat(stored.phone()).isNull();
        assertThat(stored.lastName()).isEqualTo(surname);
        assertThat(model.emailProperty().get()).isEmpty();
    }

    @Test
    void aManagerMayNotExportOrErase() {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        UUID id = ACustomer.withAPaidOrder(owner, "Alan", "Turing" + UUID.randomUUID().toString().substring(0, 6));
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        CustomersViewModel model = new CustomersViewModel(new CustomerAdmin(manager.client()), NOW, NOW);
        model.select(new CustomerAdmin(manager.client()).customer(id));
        model.exportTo(dir.resolve("no.json"));
        assertThat(model.problemProperty().get().key()).isEqualTo("problem.forbidden");
        assertThat(Files.exists(dir.resolve("no.json"))).isFalse();
    }

    /** A customer of the demo restaurant with a paid order of their own. */
    static final class ACustomer {

        private ACustomer() {
        }

        static UUID withAPaidOrder(OlympusApi owner, String first, String last) {
            return withPaidOrders(owner, first, last, 1);
        }

        static UUID withPaidOrders(OlympusApi owner, String first, String last, int orders) {
            JsonNode customer = owner.client().post("/api/v1/customers", Map.of("first_name", first, "last_name", last));
            UUID id = UUID.fromString(customer.get("id").asString());
            String item = owner.client().post("/api/v1/inventory/items", Map.of("sku", "GIFT-" + id.toString().substring(0, 8),
                    "name", "Gift box " + last, "unit_price", "40.00", "track_stock", false)).get("id").asString();
            for (int i = 0; i < orders; i++) {
                paidOrder(owner, id, item);
            }
            return id;
        }

        private static void paidOrder(OlympusApi owner, UUID id, String item) {
            JsonNode order = owner.client().post("/api/v1/orders", Map.of("customer_id", id.toString(),
                    "items", List.of(Map.of("product_id", item, "quantity", 1))), UUID.randomUUID().toString());
            owner.client().post("/api/v1/orders/" + order.get("id").asString() + "/payments",
                    Map.of("method", "card", "amount", order.get("total").asString()), UUID.randomUUID().toString());
            var placed = owner.order(UUID.fromString(order.get("id").asString()));
            while (placed.status() != cloud.olympus.model.commerce.OrderStatus.COMPLETED) {
                placed = owner.changeStatus(placed.id(), cloud.olympus.model.commerce.OrderStatus.values()[placed.status().ordinal() + 1]);
            }
        }
    }
}
