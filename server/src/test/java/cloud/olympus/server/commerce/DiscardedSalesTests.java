package cloud.olympus.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.SaleController.DiscardedRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A sale a till discarded is reported once, kept in the business's audit trail, and nowhere else. */
class DiscardedSalesTests extends ApiTest {

    @Test
    void aDiscardedSaleIsReportedOnceAndKeptInTheAuditTrail() {
        TestShop shop = openShop("retail");
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        String cashierId = cashier.get("/api/v1/users/me").json().get("id").asString();
        UUID sale = UUID.randomUUID();
        Instant decided = Instant.parse("2026-11-27T10:15:00Z");
        DiscardedRequest report = new DiscardedRequest(sale, UUID.randomUUID(), Instant.parse("2026-11-27T09:12:03Z"),
                new BigDecimal("8.66"), "rung on a test item", "Maria (manager)", decided, "sale-not-recordable");

        Http.Response first = cashier.post("/api/v1/sales/discarded", report);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("reported_by").asString()).isEqualTo(cashierId);
        Http.Response again = cashier.post("/api/v1/sales/discarded", new DiscardedRequest(sale, null, null, null,
                "another reason", null, Instant.now(), null));
        assertThat(again.status()).as("the first report stands").isEqualTo(200);
        assertThat(again.json().get("reason").asString()).isEqualTo("rung on a test item");

        JsonNode entries = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=sale.discarded").json().get("data"), d -> d.size() > 0);
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("subject_id").asString()).isEqualTo(sale.toString());
        assertThat(entry.get("actor_id").asString()).isEqualTo(cashierId);
        assertThat(Instant.parse(entry.get("occurred_at").asString())).isEqualTo(decided);
        assertThat(entry.get("details").get("decided_by").asString()).isEqualTo("Maria (manager)");
        assertThat(entry.get("details").get("problem").asString()).isEqualTo("sale-not-recordable");
        assertThat(shop.owner().get("/api/v1/orders/" + sale).status()).as("never an order").isEqualTo(404);

        TestShop other = openShop("retail");
        assertThat(other.owner().post("/api/v1/sales/discarded", report).status())
                .as("another business's report of the same id is its own").isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> other.owner().get("/api/v1/audit?action=sale.discarded").json().get("data").size() == 1);
        assertThat(shop.owner().get("/api/v1/audit?action=sale.discarded").json().get("data")).hasSize(1);
    }

    @Test
    void aReportWithoutWhatItNeedsOrFromTheKitchenIsRefused() {
        TestShop shop = openShop("restaurant");
        Instant now = Instant.now();
        assertThat(shop.owner().post("/api/v1/sales/discarded", new DiscardedRequest(UUID.randomUUID(), null, null, null,
                "  ", null, now, null)).json().get("field").asString()).isEqualTo("reason");
        assertThat(shop.owner().post("/api/v1/sales/discarded", new DiscardedRequest(null, null, null, null, "x", null, now,
                null)).status()).isEqualTo(400);
        assertThat(shop.owner().post("/api/v1/sales/discarded", new DiscardedRequest(UUID.randomUUID(), null, null, null,
                "x", null, null, null)).json().get("field").asString()).isEqualTo("decided_at");
        assertThat(shop.owner().post("/api/v1/sales/discarded", Map.of("sale_id", UUID.randomUUID().toString(),
                "reason", "bad\u0000", "decided_at", now.toString())).status()).isEqualTo(400);
        assertThat(shop.owner().post("/api/v1/sales/discarded", Map.of("sale_id", UUID.randomUUID().toString(),
                "reason", "x", "decided_at", now.toString(), "total", new BigDecimal("1e1000000"))).status()).isEqualTo(400);
        assertThat(shop.owner().post("/api/v1/sales/discarded", Map.of("sale_id", UUID.randomUUID().toString(),
                "reason", "x", "decided_at", "0001-01-01T00:00:00Z")).status()).isEqualTo(400);
        Http kitchen = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen"));
        assertThat(kitchen.post("/api/v1/sales/discarded", new DiscardedRequest(UUID.randomUUID(), null, null, null, "x",
                null, now, null)).status()).isEqualTo(403);
    }
}
