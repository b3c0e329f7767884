package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.shared.events.ParkedEvents;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessResourceException;
import tools.jackson.databind.JsonNode;

/**
 * A follow-up that fails on an event's data parks the event with the reason, for the tenant's
 * admins to see, instead of failing again after every restart; a failure that may pass is thrown
 * on so that the event is delivered again.
 */
class ParkedEventTests extends ApiTest {

    @Autowired
    ParkedEvents parked;

    record SomethingHappened(UUID tenantId, String detail) {
    }

    @Test
    void anEventTheListenerCannotTakeIsParkedWithItsReason() {
        var tenant = openTenant("retail", "starter");
        parked.handle(tenant.id(), "loyalty", new SomethingHappened(tenant.id(), "points"), () -> {
            throw new ArithmeticException("Overflow");
        });

        JsonNode list = http(tenant.accessToken()).get("/api/v1/tenant/parked-events").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("listener").asString()).isEqualTo("loyalty");
        assertThat(list.get(0).get("event_type").asString()).isEqualTo("SomethingHappened");
        assertThat(list.get(0).get("reason").asString()).isEqualTo("A number in the event is out of the range this follow-up can handle");
        assertThat(list.get(0).get("payload").asString()).contains("points");

        var stranger = openTenant("retail", "starter");
        assertThat(http(stranger.accessToken()).get("/api/v1/tenant/parked-events").json()).isEmpty();
        String cashier = TestTenants.addUserAndLogin(http(tenant.accessToken()), tenant.slug(), "cashier");
        Http.Response denied = http(cashier).get("/api/v1/tenant/parked-events");
        assertThat(denied.status()).isEqualTo(403);
    }

    @Test
    void aFailureThatMayPassIsThrownSoTheEventComesAgain() {
        var tenant = openTenant("retail", "starter");
        assertThatThrownBy(() -> parked.handle(tenant.id(), "loyalty", new SomethingHappened(tenant.id(), "busy"), () -> {
            throw new TransientDataAccessResourceException("connection reset");
        })).isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(http(tenant.accessToken()).get("/api/v1/tenant/parked-events").json()).isEmpty();
        assertThat(http(tenant.accessToken()).get("/api/v1/tenant/parked-events?limit=0").status()).isEqualTo(400);
    }
}
