package cloud.olympus.server.customer;

import static cloud.olympus.server.support.CustomerBuilder.customer;
import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.modified;
import static cloud.olympus.server.support.OrderRequests.orderFor;
import static cloud.olympus.server.support.OrderRequests.payment;
import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A person's rights over what the business holds on them: a copy of it all, and its erasure. */
class CustomerPrivacyTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theExportHoldsTheProfileTheLedgerAndTheOrders() {
        TestShop shop = openShop("retail");
        Bought ada = adaBuysACoat(shop);

        Http.Response export = shop.owner().get("/api/v1/customers/" + ada.customer() + "/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("customer-" + ada.customer() + ".json");
        JsonNode data = export.json();
        assertThat(data.get("customer").get("first_name").asString()).isEqualTo("Ada");
        assertThat(data.get("customer").get("email").asString()).isEqualTo("ada@example.com");
        assertThat(data.get("customer").get("tags").toString()).isEqualTo("[\"vip\"]");
        assertThat(data.get("customer").get("preferences").get("birthday").asString()).isEqualTo("1815-12-10");
        assertThat(data.get("customer").get("loyalty_points").asInt()).isEqualTo(216);
        assertThat(data.get("erased_at").isNull()).isTrue();
        assertThat(data.get("loyalty_ledger")).hasSize(1);
        assertThat(data.get("loyalty_ledger").get(0).get("kind").asString()).isEqualTo("accrual");
        assertThat(data.get("orders")).hasSize(1);
        assertThat(data.get("orders").get(0).get("id").asString()).isEqualTo(ada.order());
        assertThat(data.get("orders").get(0).get("total").decimalValue()).isEqualByComparingTo("216.50");
        assertThat(data.get("exported_at").isNull()).isFalse();

        JsonNode audited = auditOf(shop, "customer.exported", ada.customer());
        assertThat(audited.get("actor_id").asString()).isEqualTo(shop.owner().get("/api/v1/users/me").json().get("id").asString());
    }

    @Test
    void erasingClearsEveryCopyKeepsTheOrdersAndHappensOnce() {
        TestShop shop = openShop("retail");
        Bought ada = adaBuysACoat(shop);
        UUID tenant = shop.tenant().id();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rollupRows(tenant, ada.customer()) == 2);
        String totalBefore = shop.owner().get("/api/v1/orders/" + ada.order()).json().get("total").asString();

        Http.Response erased = shop.owner().post("/api/v1/customers/" + ada.customer() + "/erase", null);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("erased_now").asBoolean()).isTrue();
        assertThat(erased.json().get("orders_unlinked").asInt()).isEqualTo(1);
        assertThat(erased.json().get("points_cleared").asInt()).isEqualTo(216);

        JsonNode profile = shop.owner().get("/api/v1/customers/" + ada.customer()).json();
        for (String field : new String[] {"first_name", "last_name", "email", "phone", "external_id", "loyalty_tier"}) {
            assertThat(profile.get(field).isNull()).as(field).isTrue();
        }
        assertThat(profile.get("tags")).isEmpty();
        assertThat(profile.get("preferences")).isEmpty();
        assertThat(profile.get("loyalty_points").asInt()).isZero();
        JsonNode ledger = shop.owner().get("/api/v1/customers/" + ada.customer() + "/loyalty").json();
        assertThat(ledger.get(0).get("kind").asString()).isEqualTo("erasure");
        assertThat(ledger.get(0).get("points").asInt()).isEqualTo(-216);
        assertThat(shop.owner().get("/api/v1/customers?q=ada").json().get("data")).isEmpty();

        JsonNode order = shop.owner().get("/api/v1/orders/" + ada.order()).json();
        assertThat(order.get("total").asString()).isEqualTo(totalBefore);
        assertThat(order.get("customer_id").isNull()).isTrue();
        assertThat(shop.owner().get("/api/v1/orders?customer_id=" + ada.customer()).json().get("data")).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rollupRows(tenant, ada.customer()) == 0);
        assertThat(shop.owner().post("/api/v1/orders", orderFor(ada.customer(), line(ada.item(), 1))).status())
                .as("an erased customer is put on no new order").isEqualTo(400);

        JsonNode audited = auditOf(shop, "customer.erased", ada.customer());
        assertThat(audited.get("actor_id").isNull()).isFalse();
        assertThat(audited.toString()).doesNotContain("Ada").doesNotContain("Lovelace").doesNotContain("ada@example.com")
                .doesNotContain("555");

        Http.Response again = shop.owner().post("/api/v1/customers/" + ada.customer() + "/erase", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("erased_now").asBoolean()).isFalse();
        assertThat(shop.owner().get("/api/v1/customers/" + ada.customer() + "/loyalty").json()).hasSize(2);
        assertThat(shop.owner().get("/api/v1/customers/" + ada.customer() + "/export").json().get("erased_at").isNull())
                .isFalse();
    }

    @Test
    void erasingLeavesNothingThatTiesThePersonToWhatTheyBought() {
        TestShop shop = openShop("retail");
        String customer = shop.customer("Ada");
        String item = shop.item("COAT", "200.00", 5);
        OrderRequest request = new OrderRequest(null, List.of(modified(item, 1, "Gift wrap, card to Ada Lovelace")), null,
                UUID.fromString(customer), null, "Ada rings +1 555 010 7788 when it is in");
        Http placing = shop.owner().withHeader("Idempotency-Key", "ada-coat-" + customer);
        JsonNode order = placing.post("/api/v1/orders", request).json();
        String id = order.get("id").asString();
        Http paying = shop.owner().withHeader("Idempotency-Key", "ada-pays-" + customer);
        Object payment = payment("card", order.get("total").asString());
        assertThat(paying.post("/api/v1/orders/" + id + "/payments", payment).status()).isEqualTo(201);
        awaitCustomer(shop, customer, c -> c.get("loyalty_points").asInt() > 0);
        shop.owner().post("/api/v1/orders/" + id + "/refunds", refund("50.00", "a button came off"));
        awaitCustomer(shop, customer, c -> c.get("loyalty_points").asInt() < 216);

        assertThat(shop.owner().post("/api/v1/customers/" + customer + "/erase", null).status()).isEqualTo(200);

        JsonNode profile = shop.owner().get("/api/v1/customers/" + customer).json();
        assertThat(profile.get("lifetime_value").decimalValue()).isZero();
        JsonNode ledger = shop.owner().get("/api/v1/customers/" + customer + "/loyalty").json();
        assertThat(ledger.valueStream().map(e -> e.get("kind").asString())).containsExactly("erasure", "reversal", "accrual");
        assertThat(ledger.get(0).get("source_id").asString()).as("the erasure names only the profile").isEqualTo(customer);
        for (JsonNode entry : ledger) {
            assertThat(entry.get("amount").decimalValue()).as(entry.toString()).isZero();
        }
        assertThat(ledger.toString()).doesNotContain(id);
        assertThat(ledger.valueStream().mapToLong(e -> e.get("points").asLong()).sum()).as("the ledger still adds up").isZero();

        JsonNode unlinked = shop.owner().get("/api/v1/orders/" + id).json();
        assertThat(unlinked.get("notes").isNull()).isTrue();
        assertThat(unlinked.get("items").get(0).get("notes").isNull()).isTrue();
        assertThat(unlinked.get("total").decimalValue()).isEqualByComparingTo(order.get("total").decimalValue());

        Http.Response replayed = placing.post("/api/v1/orders", request);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.json().get("id").asString()).isEqualTo(id);
        assertThat(replayed.json().get("customer_id").isNull()).isTrue();
        assertThat(replayed.body()).doesNotContain("Ada").doesNotContain("555");
        Http.Response paidAgain = paying.post("/api/v1/orders/" + id + "/payments", payment);
        assertThat(paidAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(paidAgain.body()).doesNotContain(customer).doesNotContain("Ada").doesNotContain("555");
        long mentions = TenantContext.callAs(shop.tenant().id(), () -> tx.execute(s -> jdbc.sql(
                        "SELECT count(*) FROM platform.idempotency_keys WHERE strpos(response::text, :c) > 0")
                .param("c", customer).query(Long.class).single()));
        assertThat(mentions).isZero();
    }

    @Test
    void onlyOwnersAndAdminsAndOnlyForTheirOwnCustomers() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        String their = theirs.customer("Secret");
        String own = mine.customer("Mine");
        assertThat(mine.owner().get("/api/v1/customers/" + their + "/export").status()).isEqualTo(404);
        assertThat(mine.owner().post("/api/v1/customers/" + their + "/erase", null).status()).isEqualTo(404);
        assertThat(theirs.owner().get("/api/v1/customers/" + their).json().get("first_name").asString()).isEqualTo("Secret");

        Http manager = http(TestTenants.addUserAndLogin(mine.owner(), mine.tenant().slug(), "manager"));
        assertThat(manager.get("/api/v1/customers/" + own + "/export").status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/customers/" + own + "/erase", null).problemType()).isEqualTo("forbidden");
        Http admin = http(TestTenants.addUserAndLogin(mine.owner(), mine.tenant().slug(), "admin"));
        assertThat(admin.get("/api/v1/customers/" + own + "/export").status()).isEqualTo(200);
        assertThat(mine.owner().get("/api/v1/customers/not-an-id/export").status()).isEqualTo(400);
        assertThat(mine.owner().post("/api/v1/customers/%00/erase", null).status()).isEqualTo(400);
    }

    private record Bought(String customer, String item, String order) {
    }

    private Bought adaBuysACoat(TestShop shop) {
        Http.Response created = shop.owner().post("/api/v1/customers", customer().firstName("Ada").lastName("Lovelace")
                .email("ada@example.com").phone("+1 555 010 7788").tags("VIP").preferences(Map.of("birthday", "1815-12-10"))
                .request());
        String customer = created.json().get("id").asString();
        String item = shop.item("COAT", "200.00", 5);
        JsonNode order = shop.owner().post("/api/v1/orders", orderFor(customer, line(item, 1))).json();
        shop.pay(order.get("id").asString(), "card", order.get("total").asString());
        awaitCustomer(shop, customer, c -> c.get("loyalty_points").asInt() > 0);
        return new Bought(customer, item, order.get("id").asString());
    }

    private void awaitCustomer(TestShop shop, String customer, Predicate<JsonNode> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/customers/" + customer).json(), condition);
    }

    /** The customer's rows in the rollups: the days they bought on, and their visits summary. */
    private long rollupRows(UUID tenant, String customer) {
        long[] rows = new long[1];
        TenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> rows[0] = jdbc.sql("""
                        SELECT (SELECT count(*) FROM analytics.customer_days WHERE customer_id = :c)
                             + (SELECT count(*) FROM analytics.customer_summary WHERE customer_id = :c)
                        """).param("c", UUID.fromString(customer)).query(Long.class).single()));
        return rows[0];
    }

    private static JsonNode auditOf(TestShop shop, String action, String subject) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=" + action + "&subject=" + subject).json().get("data"),
                        d -> d.size() == 1).get(0);
    }
}
