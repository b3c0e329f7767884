package cloud.olympus.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.Tokens;
import cloud.olympus.server.support.ApiTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The clients' API library against the real server. */
class ClientLibraryTests extends ApiTest {

    @Test
    void logsInCallsTheApiAndRefreshesBeforeTheTokenExpires() {
        var tenant = openTenant("restaurant", "starter");
        MovableClock clock = new MovableClock();
        OlympusClient client = new OlympusClient("http://localhost:" + port, new OkHttpClient(), clock);

        Tokens first = client.login(tenant.slug(), tenant.ownerEmail(), cloud.olympus.server.support.TestTenants.PASSWORD);
        assertThat(client.get("/api/v1/users/me").get("email").asString()).isEqualTo(tenant.ownerEmail());

        clock.advance(Duration.ofMinutes(59));
        assertThat(client.get("/api/v1/tenant").get("slug").asString()).isEqualTo(tenant.slug());
        Tokens second = client.tokens().orElseThrow();
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessExpiresAt()).isAfter(first.accessExpiresAt());

        client.logout();
        assertThat(client.tokens()).isEmpty();
    }

    @Test
    void theServersProblemsArriveAsTypedErrorsWithItsMessage() {
        var tenant = openTenant("retail", "starter");
        OlympusClient client = new OlympusClient("http://localhost:" + port);
        assertThatThrownBy(() -> client.login(tenant.slug(), tenant.ownerEmail(), "wrong-password"))
                .isInstanceOfSatisfying(OlympusApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.problem().kind()).isEqualTo("invalid-credentials");
                    assertThat(e.getMessage()).isEqualTo("The tenant, email or password is not right");
                });

        client.login(tenant.slug(), tenant.ownerEmail(), cloud.olympus.server.support.TestTenants.PASSWORD);
        assertThatThrownBy(() -> client.post("/api/v1/users", Map.of("email", "nope", "password", "x", "roles", List.of())))
                .isInstanceOfSatisfying(OlympusApiException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo("validation-failed");
                    assertThat(e.problem().errors()).extracting(f -> f.field()).contains("email", "password", "roles");
                });
    }

    @Test
    void aServerThatIsNotThereIsReportedAsUnreachable() {
        OlympusClient client = new OlympusClient("http://localhost:9");
        assertThat(client.isServerUp()).isFalse();
        assertThatThrownBy(() -> client.login("any", "a@b.test", "whatever")).isInstanceOf(ServerUnreachableException.class);
        assertThat(new OlympusClient("http://localhost:" + port).isServerUp()).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
