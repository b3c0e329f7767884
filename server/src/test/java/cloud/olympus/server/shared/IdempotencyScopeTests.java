package cloud.olympus.server.shared;

import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.order;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key belongs to the caller who used it first; nobody else gets their answer. */
class IdempotencyScopeTests extends ApiTest {

    @Test
    void anotherUsersReplayOfAKeyIsRefusedNeverAnsweredWithTheirOrder() {
        TestShop shop = openShop("retail");
        String item = shop.item("PEN", "2.00", 50);
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        String key = UUID.randomUUID().toString();
        OrderRequest body = order(line(item, 1));

        Http.Response first = shop.owner().withHeader("Idempotency-Key", key).post("/api/v1/orders", body);
        assertThat(first.status()).isEqualTo(201);
        Http.Response again = shop.owner().withHeader("Idempotency-Key", key).post("/api/v1/orders", body);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));

        Http.Response stranger = http(cashier).withHeader("Idempotency-Key", key).post("/api/v1/orders", body);
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(stranger.body()).doesNotContain(first.json().get("id").asString());
        assertThat(shop.owner().get("/api/v1/orders").json().get("data")).hasSize(1);
    }

    @Test
    void keysAreShortPrintableText() {
        TestShop shop = openShop("retail");
        String item = shop.item("INK", "2.00", 50);
        OrderRequest body = order(line(item, 1));
        assertThat(shop.owner().withHeader("Idempotency-Key", "x".repeat(256)).post("/api/v1/orders", body).status())
                .isEqualTo(400);
        assertThat(shop.owner().withHeader("Idempotency-Key", "two words").post("/api/v1/orders", body).status())
                .isEqualTo(400);
    }
}
