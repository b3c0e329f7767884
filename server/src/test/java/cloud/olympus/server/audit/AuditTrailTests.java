package cloud.olympus.server.audit;

import static cloud.olympus.server.support.ItemBuilder.newPrice;
import static cloud.olympus.server.support.OrderRequests.refund;
import static cloud.olympus.server.support.StockRequests.adjustment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.auth.web.DeviceGrantController.DeviceCodeRequest;
import cloud.olympus.server.auth.web.DevicePairingController.UserCodeRequest;
import cloud.olympus.server.commerce.web.OrderController.ReviewRequest;
import cloud.olympus.server.platform.web.TenantController.UpdateTenantRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.UserRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail through the API and in the database: an entry for each sensitive action after it
 * committed, readable by owners and admins of its own business only, and beyond the application's
 * reach to change or remove.
 */
class AuditTrailTests extends ApiTest {

    @Autowired
    DataSource appDataSource;

    @Test
    void loginsAndRefusedLoginsAreKept() {
        TestShop shop = openShop("retail");
        Http.Response refused = TestTenants.login(http(), shop.tenant().slug(), shop.tenant().ownerEmail(), "not-the-password");
        assertThat(refused.status()).isEqualTo(401);

        JsonNode login = awaitOne(shop.owner(), "auth.login", null);
        assertThat(login.get("actor_id").asString()).isEqualTo(login.get("subject_id").asString());
        assertThat(login.get("subject_type").asString()).isEqualTo("user");
        JsonNode failed = awaitOne(shop.owner(), "auth.login_failed", null);
        assertThat(failed.get("actor_id").isNull()).isTrue();
        assertThat(failed.get("details").get("email").asString()).isEqualTo(shop.tenant().ownerEmail());
        assertThat(failed.get("details").get("reason").asString()).isEqualTo("wrong_password");
    }

    @Test
    void refundsCancellationsAndReviewedSalesAreKept() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        JsonNode paid = shop.placed(cup, 1);
        String paidId = paid.get("id").asString();
        assertThat(shop.pay(paidId, "card", paid.get("total").asString()).status()).isEqualTo(201);
        assertThat(shop.owner().post("/api/v1/orders/" + paidId + "/refunds", refund("5.00", "chipped")).status()).isEqualTo(201);
        String cancelled = shop.placed(cup, 1).get("id").asString();
        assertThat(shop.status(cancelled, "cancelled").status()).isEqualTo(200);
        // A sale rung at the old price waits for a manager's review.
        assertThat(shop.owner().patch("/api/v1/inventory/items/" + cup, newPrice("12.00")).status()).isEqualTo(200);
        UUID saleId = UUID.randomUUID();
        SaleBuilder sale = SaleBuilder.sale(saleId, UUID.randomUUID(), Instant.now().minusSeconds(600)).offline()
                .line(cup, 1, "10.00").amounts("10.00", "0.83", "10.83").tender("card", "10.83");
        Http.Response recorded = shop.owner().withHeader("Idempotency-Key", saleId.toString()).post("/api/v1/sales", sale.request());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(shop.owner().post("/api/v1/orders/" + saleId + "/review", new ReviewRequest("price went up")).status())
                .isEqualTo(200);

        JsonNode refunded = awaitOne(shop.owner(), "order.refunded", paidId);
        assertThat(refunded.get("details").get("amount").asString()).isEqualTo("5.00");
        assertThat(refunded.get("details").get("payment_method").asString()).isEqualTo("card");
        JsonNode cancellation = awaitOne(shop.owner(), "order.cancelled", cancelled);
        assertThat(cancellation.get("after").get("status").asString()).isEqualTo("cancelled");
        assertThat(cancellation.get("before").get("status").asString()).isNotEqualTo("cancelled");
        JsonNode reviewed = awaitOne(shop.owner(), "order.reviewed", saleId.toString());
        assertThat(reviewed.get("actor_id").asString()).isNotBlank();
        assertThat(reviewed.get("subject_type").asString()).isEqualTo("order");
    }

    @Test
    void stockAdjustmentsAndRoleChangesKeepWhoAndBeforeAndAfter() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        assertThat(shop.owner().post("/api/v1/inventory/items/" + cup + "/adjustments", adjustment(-3, "waste")).status())
                .isEqualTo(201);
        String email = "clerk@" + shop.tenant().slug() + ".test";
        String clerk = shop.owner().post("/api/v1/users", UserRequests.user(email, "cashier")).json().get("id").asString();
        assertThat(shop.owner().patch("/api/v1/users/" + clerk, UserRequests.newRoles("manager")).status()).isEqualTo(200);

        JsonNode adjusted = awaitOne(shop.owner(), "stock.adjusted", cup);
        assertThat(adjusted.get("before").get("current_stock").asInt()).isEqualTo(20);
        assertThat(adjusted.get("after").get("current_stock").asInt()).isEqualTo(17);
        assertThat(adjusted.get("details").get("reason").asString()).isEqualTo("waste");
        String owner = shop.owner().get("/api/v1/users/me").json().get("id").asString();
        assertThat(adjusted.get("actor_id").asString()).isEqualTo(owner);
        JsonNode roles = awaitOne(shop.owner(), "user.roles_changed", clerk);
        assertThat(roles.get("actor_id").asString()).isEqualTo(owner);
        assertThat(roles.get("before").get("roles").toString()).isEqualTo("[\"cashier\"]");
        assertThat(roles.get("after").get("roles").toString()).isEqualTo("[\"manager\"]");
        // Filtering by actor, by subject and by time finds it; a window before it does not.
        assertThat(shop.owner().get("/api/v1/audit?actor=" + owner + "&subject_type=user&subject=" + clerk).json().get("data"))
                .hasSize(1);
        Instant at = Instant.parse(roles.get("occurred_at").asString());
        assertThat(shop.owner().get("/api/v1/audit?subject=" + clerk + "&from=" + at + "&to=" + at.plusSeconds(1))
                .json().get("data")).hasSize(1);
        assertThat(shop.owner().get("/api/v1/audit?subject=" + clerk + "&to=" + at).json().get("data")).isEmpty();
    }

    @Test
    void settingsChangesKeepTheSettingsBeforeAndAfter() {
        TestShop shop = openShop("retail");
        Http.Response changed = shop.owner().patch("/api/v1/tenant",
                new UpdateTenantRequest(null, Map.of("offline_login_days", 17), null));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        JsonNode entry = awaitOne(shop.owner(), "tenant.settings_changed", shop.tenant().id().toString());
        assertThat(entry.get("before").get("settings").path("offline_login_days").asInt(0)).isNotEqualTo(17);
        assertThat(entry.get("after").get("settings").get("offline_login_days").asInt()).isEqualTo(17);
        assertThat(entry.get("actor_id").asString()).as("who changed them")
                .isEqualTo(shop.owner().get("/api/v1/users/me").json().get("id").asString());
    }

    @Test
    void pairingAWatchIsKeptWithWhoDecided() {
        TestShop shop = openShop("restaurant");
        Http watch = http().withHeader("X-Forwarded-For", "198.19.7.1");
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http.Response code = watch.post("/api/v1/auth/device/code", new DeviceCodeRequest(shop.tenant().slug()));
            assertThat(code.status()).as(code.toString()).isEqualTo(200);
            codes.add(code.json().get("user_code").asString());
        }
        assertThat(shop.owner().post("/api/v1/auth/device/approve", new UserCodeRequest(codes.get(0))).status()).isEqualTo(204);
        assertThat(shop.owner().post("/api/v1/auth/device/deny", new UserCodeRequest(codes.get(1))).status()).isEqualTo(204);

        JsonNode paired = awaitOne(shop.owner(), "device.paired", null);
        JsonNode refused = awaitOne(shop.owner(), "device.pairing_refused", null);
        String owner = shop.owner().get("/api/v1/users/me").json().get("id").asString();
        assertThat(paired.get("actor_id").asString()).isEqualTo(owner);
        assertThat(paired.get("subject_type").asString()).isEqualTo("device");
        assertThat(refused.get("actor_id").asString()).isEqualTo(owner);
        assertThat(refused.get("subject_id").asString()).isNotEqualTo(paired.get("subject_id").asString());
    }

    @Test
    void pagesFollowTheirCursorNewestFirst() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 20);
        for (int i = 1; i <= 3; i++) {
            shop.owner().post("/api/v1/inventory/items/" + cup + "/adjustments", adjustment(i, "receipt"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(
                () -> shop.owner().get("/api/v1/audit?action=stock.adjusted").json().get("data").size() == 3);
        JsonNode first = shop.owner().get("/api/v1/audit?action=stock.adjusted&limit=2").json();
        assertThat(first.get("data")).hasSize(2);
        JsonNode second = shop.owner().get("/api/v1/audit?action=stock.adjusted&limit=2&cursor="
                + first.get("next_cursor").asString()).json();
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(second.get("data").get(0).get("after").get("current_stock").asInt()).isEqualTo(21);
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorRemoveAnEntry() {
        TestShop shop = openShop("retail");
        awaitOne(shop.owner(), "auth.login", null);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(appDataSource));
        JdbcClient app = JdbcClient.create(appDataSource);
        for (String statement : List.of("UPDATE audit.entries SET action = 'nothing'", "DELETE FROM audit.entries",
                "TRUNCATE audit.entries")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                app.sql("SELECT set_config('app.tenant_id', ?, true)").param(shop.tenant().id().toString())
                        .query(String.class).single();
                app.sql(statement).update();
            })).as(statement).rootCause().hasMessageContaining("permission denied");
        }
        assertThat(shop.owner().get("/api/v1/audit?action=auth.login").json().get("data")).hasSize(1);
    }

    @Test
    void anotherBusinessSeesNoneOfTheEntries() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        JsonNode login = awaitOne(mine.owner(), "auth.login", null);
        awaitOne(theirs.owner(), "auth.login", null);
        JsonNode seen = theirs.owner().get("/api/v1/audit").json().get("data");
        assertThat(seen.valueStream().map(e -> e.get("id").asString())).doesNotContain(login.get("id").asString());
        assertThat(theirs.owner().get("/api/v1/audit?actor=" + login.get("actor_id").asString()).json().get("data")).isEmpty();
    }

    @Test
    void onlyOwnersAndAdminsMayReadIt() {
        TestShop shop = openShop("retail");
        String admin = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "admin");
        String manager = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager");
        assertThat(http(admin).get("/api/v1/audit").status()).isEqualTo(200);
        Http.Response refused = http(manager).get("/api/v1/audit");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
        assertThat(http().get("/api/v1/audit").status()).isEqualTo(401);
    }

    @Test
    void badFiltersAreProblems() {
        TestShop shop = openShop("retail");
        for (String query : List.of("actor=nobody", "subject=42", "from=yesterday", "to=2026-13-01T00:00:00Z",
                "from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "action=DROP%20TABLE", "subject_type=%00",
                "limit=0", "cursor=bm90IGEgY3Vyc29y", "from=%2B1000000000-01-01T00:00:00Z")) {
            Http.Response response = shop.owner().get("/api/v1/audit?" + query);
            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.problemType()).as(query).isIn("validation-failed", "malformed-request");
        }
    }

    /** The one entry of this action (about this subject, if named), once it is written. */
    static JsonNode awaitOne(Http as, String action, String subject) {
        String path = "/api/v1/audit?action=" + action + (subject == null ? "" : "&subject=" + subject);
        JsonNode data = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> as.get(path).json().get("data"), d -> d != null && d.size() > 0);
        assertThat(data).as(path).hasSize(1);
        return data.get(0);
    }
}
