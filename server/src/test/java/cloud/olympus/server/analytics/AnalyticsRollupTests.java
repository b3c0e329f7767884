package cloud.olympus.server.analytics;

import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The hourly rollups built from commerce's events equal the ones counted again from the orders, for
 * orders, a till sale rung earlier and a partial refund; an event delivered twice counts once.
 */
class AnalyticsRollupTests extends ApiTest {

    @Autowired
    AnalyticsRollups rollups;

    @Test
    void rolledUpHoursEqualTheHoursRebuiltFromTheOrdersAndCountEachEventOnce() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        String mug = shop.item("MUG", "10.00", 50);
        String first = completed(shop, mug, 2);
        completed(shop, mug, 1);
        UUID saleId = UUID.randomUUID();
        SaleBuilder sale = SaleBuilder.sale(saleId, UUID.randomUUID(), Instant.now().minus(Duration.ofHours(3)))
                .line(mug, 3, "10.00").amounts("30.00", "2.48", "32.48").tender("card", "32.48");
        Http.Response recorded = shop.owner().withHeader("Idempotency-Key", saleId.toString()).post("/api/v1/sales", sale.request());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        Http.Response refunded = shop.owner().post("/api/v1/orders/" + first + "/refunds", refund("4.00", "chipped"));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);

        List<HourRollup> rolledUp = await().atMost(Duration.ofSeconds(30)).until(() -> asTenant(tenant, rollups::hours),
                hours -> hours.stream().mapToLong(HourRollup::orders).sum() == 3
                        && hours.stream().map(HourRollup::refunds).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(new BigDecimal("4.00")) == 0);
        assertThat(rolledUp).hasSizeBetween(2, 3);
        assertThat(rolledUp.stream().mapToLong(HourRollup::items).sum()).isEqualTo(6);

        List<HourRollup> rebuilt = rollups.rebuild(tenant);
        assertThat(rebuilt).isEqualTo(rolledUp);

        JsonNode order = shop.owner().get("/api/v1/orders/" + first).json();
        UUID firstId = UUID.fromString(first);
        asTenant(tenant, () -> {
            rollups.completed(new OrderCompleted(tenant, firstId, order.get("order_number").asString(), null,
                    order.get("total").decimalValue(), BigDecimal.ZERO, "USD", Instant.now()));
            UUID refundId = UUID.fromString(order.get("refunds").get(0).get("id").asString());
            rollups.refunded(new OrderRefunded(tenant, firstId, refundId, null, new BigDecimal("4.00"),
                    new OrderRefunded.Tender(UUID.randomUUID(), "cash", order.get("total").decimalValue()), "cash"));
            return null;
        });
        assertThat(asTenant(tenant, rollups::hours)).isEqualTo(rebuilt);
    }

    private static <T> T asTenant(UUID tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    private static String completed(TestShop shop, String item, int quantity) {
        JsonNode placed = shop.placed(item, quantity);
        String id = placed.get("id").asString();
        Http.Response paid = shop.pay(id, "cash", placed.get("total").decimalValue().toPlainString());
        assertThat(paid.status()).as(paid.toString()).isBetween(200, 201);
        return id;
    }
}
