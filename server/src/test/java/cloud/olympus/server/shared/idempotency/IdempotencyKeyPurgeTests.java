package cloud.olympus.server.shared.idempotency;

import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Idempotency keys are kept for their retention and then let go, a batch at a time; those still within it replay. */
class IdempotencyKeyPurgeTests extends ApiTest {

    @Autowired
    IdempotencyKeyPurge purge;

    @Autowired
    IdempotencyProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void keysPastTheRetentionGoInBatchesAndThoseWithinItStillReplay() {
        TestShop shop = openShop("retail");
        String item = shop.item("PEN", "2.00", 50);
        OrderRequest body = order(line(item, 1));
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        Http.Response oldOrder = shop.owner().withHeader("Idempotency-Key", old).post("/api/v1/orders", body);
        Http.Response recentOrder = shop.owner().withHeader("Idempotency-Key", recent).post("/api/v1/orders", body);
        assertThat(oldOrder.status()).isEqualTo(201);
        assertThat(recentOrder.status()).isEqualTo(201);
        long days = properties.retention().toDays();
        UUID tenant = shop.tenant().id();
        TenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> {
            age(old, days + 1);
            age(recent, days - 1);
            // More old keys than one batch takes.
            jdbc.sql("""
                            INSERT INTO platform.idempotency_keys (tenant_id, key, scope, request_hash, created_at)
                            SELECT :tenant, 'aged-' || n, 'POST /orders', '\\x00', now() - make_interval(days => :days)
                              FROM generate_series(1, :count) AS n
                            """)
                    .param("tenant", tenant).param("days", (int) days + 30).param("count", properties.batchSize() + 5).update();
        }));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(properties.batchSize() + 6);

        assertThat(keys(tenant, old)).isZero();
        assertThat(keys(tenant, recent)).isOne();
        assertThat(keys(tenant, "aged-%")).isZero();
        Http.Response again = shop.owner().withHeader("Idempotency-Key", recent).post("/api/v1/orders", body);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(recentOrder.json().get("id"));
        // The old key is free again: the same request is a request of its own.
        Http.Response afresh = shop.owner().withHeader("Idempotency-Key", old).post("/api/v1/orders", body);
        assertThat(afresh.status()).isEqualTo(201);
        assertThat(afresh.header("Idempotent-Replayed")).isNotEqualTo("true");
        assertThat(afresh.json().get("id")).isNotEqualTo(oldOrder.json().get("id"));
        // Nothing is left to purge, and the key just used again stays.
        assertThat(purge.purge()).isZero();
        assertThat(keys(tenant, old)).isOne();
    }

    @Test
    void theRetentionOutlastsTheLongestATillMaySellOffline() {
        assertThat(properties.retention()).isGreaterThan(Duration.ofDays(90));
        assertThatThrownBy(() -> new IdempotencyProperties(Duration.ofDays(7), null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("91 days");
        IdempotencyProperties defaults = new IdempotencyProperties(null, null, 0);
        assertThat(defaults.retention()).isEqualTo(Duration.ofDays(120));
        assertThat(defaults.batchSize()).isEqualTo(1000);
    }

    private void age(String key, long days) {
        assertThat(jdbc.sql("UPDATE platform.idempotency_keys SET created_at = now() - make_interval(days => :days) WHERE key = :key")
                .param("days", (int) days).param("key", key).update()).isOne();
    }

    private long keys(UUID tenant, String like) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> jdbc.sql("SELECT count(*) FROM platform.idempotency_keys WHERE key LIKE :key")
                .param("key", like).query(Long.class).single()));
    }
}
