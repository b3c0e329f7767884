package cloud.olympus.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.auth.web.DeviceGrantController.DeviceCodeRequest;
import cloud.olympus.server.auth.web.DeviceGrantController.DeviceTokenRequest;
import cloud.olympus.server.auth.web.DevicePairingController.UserCodeRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestTenants;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Pairing a watch (RFC 8628): the watch asks for codes, a person of the same business approves the
 * short one on the till, and the watch gets a session of that person, once. Each test's watch asks
 * from an address of its own, so the per-address limit on codes meets only the test about it.
 */
class DeviceGrantTests extends ApiTest {

    private static final String USER_CODE = "[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void aWatchWaitsUntilItsCodeIsApprovedAndIsToldToSlowDownWhenItAsksTooOften() {
        var tenant = openTenant("restaurant", "starter");
        Http watch = watch();
        JsonNode body = askForCode(watch, tenant.slug());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("device_code", "user_code", "expires_in", "interval");
        assertThat(body.get("user_code").asString()).matches(USER_CODE);
        assertThat(body.get("expires_in").asLong()).isEqualTo(600);
        assertThat(body.get("interval").asInt()).isEqualTo(5);

        Http.Response pending = poll(watch, body.get("device_code").asString());
        assertRefused(pending, "authorization-pending");
        assertThat(pending.json().get("interval").asInt()).isEqualTo(5);

        // Asked again at once, well within the five seconds: slow down, and five seconds more from now on.
        Http.Response tooSoon = poll(watch, body.get("device_code").asString());
        assertRefused(tooSoon, "slow-down");
        assertThat(tooSoon.json().get("interval").asInt()).isEqualTo(10);
    }

    @Test
    void anApprovedCodeGivesTheWatchASessionOfTheApproverExactlyOnce() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        String cook = TestTenants.addUserAndLogin(owner, tenant.slug(), "kitchen");
        Http watch = watch();
        JsonNode code = askForCode(watch, tenant.slug());

        // Typed on the till as a person types: lower case, no dash.
        String typed = code.get("user_code").asString().replace("-", "").toLowerCase();
        assertThat(http(cook).post("/api/v1/auth/device/approve", new UserCodeRequest(typed)).status()).isEqualTo(204);

        Http.Response tokens = poll(watch, code.get("device_code").asString());
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        assertThat(tokens.json().propertyNames()).containsExactlyInAnyOrder("access_token", "refresh_token", "expires_in");
        Http onTheWrist = http(tokens.json().get("access_token").asString());
        JsonNode me = onTheWrist.get("/api/v1/users/me").json();
        assertThat(me.get("id").asString()).isEqualTo(http(cook).get("/api/v1/users/me").json().get("id").asString());
        // The approver's roles and nothing more: a cook's watch moves tickets but places no orders.
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("kitchen");
        assertThat(onTheWrist.post("/api/v1/orders", OrderRequests.order()).status())
                .isEqualTo(403);

        // Single use: neither the device code nor the user code works a second time.
        Http.Response again = poll(watch, code.get("device_code").asString());
        assertRefused(again, "invalid-grant");
        assertThat(http(cook).post("/api/v1/auth/device/approve", new UserCodeRequest(typed)).status()).isEqualTo(404);

        // The watch's session is a session of its own: it refreshes, and its logout leaves the till's alone.
        Http.Response refreshed = http().post("/api/v1/auth/refresh",
                new RefreshRequest(tokens.json().get("refresh_token").asString()));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(http().post("/api/v1/auth/logout", new RefreshRequest(refreshed.json().get("refresh_token").asString()))
                .status()).isEqualTo(204);
        assertThat(http(refreshed.json().get("access_token").asString()).get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(http(cook).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aCodeThatRanOutCanNeitherBeApprovedNorRedeemed() {
        var tenant = openTenant("retail", "starter");
        Http watch = watch();
        JsonNode code = askForCode(watch, tenant.slug());
        JdbcClient.create(ownerDataSource)
                .sql("UPDATE auth.device_authorizations SET expires_at = now() - interval '1 second' WHERE tenant_id = ?")
                .param(tenant.id()).update();

        Http.Response approve = http(tenant.accessToken()).post("/api/v1/auth/device/approve",
                new UserCodeRequest(code.get("user_code").asString()));
        assertThat(approve.status()).isEqualTo(404);
        assertThat(approve.problemType()).isEqualTo("not-found");
        Http.Response expired = poll(watch, code.get("device_code").asString());
        assertRefused(expired, "expired-token");
    }

    @Test
    void aRefusedCodeTellsTheWatchAccessDenied() {
        var tenant = openTenant("salon", "starter");
        Http watch = watch();
        JsonNode code = askForCode(watch, tenant.slug());
        assertThat(http(tenant.accessToken()).post("/api/v1/auth/device/deny", new UserCodeRequest(code.get("user_code").asString()))
                .status()).isEqualTo(204);

        Http.Response denied = poll(watch, code.get("device_code").asString());
        assertRefused(denied, "access-denied");
        // Decided once: the code cannot be approved after being refused.
        assertThat(http(tenant.accessToken()).post("/api/v1/auth/device/approve",
                new UserCodeRequest(code.get("user_code").asString())).status()).isEqualTo(404);
    }

    @Test
    void aPersonRemovedAfterApprovingHandsOverNothing() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        String server = TestTenants.addUserAndLogin(owner, tenant.slug(), "server");
        Http watch = watch();
        JsonNode code = askForCode(watch, tenant.slug());
        assertThat(http(server).post("/api/v1/auth/device/approve", new UserCodeRequest(code.get("user_code").asString()))
                .status()).isEqualTo(204);
        String serverId = http(server).get("/api/v1/users/me").json().get("id").asString();
        assertThat(owner.delete("/api/v1/users/" + serverId).status()).isEqualTo(204);

        assertThat(poll(watch, code.get("device_code").asString()).problemType()).isEqualTo("access-denied");
    }

    @Test
    void onlySomeoneOfTheBusinessTheWatchAskedForMayApproveIt() {
        var ours = openTenant("restaurant", "starter");
        var theirs = openTenant("restaurant", "starter");
        Http watch = watch();
        JsonNode code = askForCode(watch, ours.slug());
        String userCode = code.get("user_code").asString();

        // Another business's owner, who happens to see the code, finds no such device: it is not theirs.
        Http.Response foreign = http(theirs.accessToken()).post("/api/v1/auth/device/approve", new UserCodeRequest(userCode));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(http(theirs.accessToken()).post("/api/v1/auth/device/deny", new UserCodeRequest(userCode)).status())
                .isEqualTo(404);
        assertThat(poll(watch, code.get("device_code").asString()).problemType()).isEqualTo("authorization-pending");

        assertThat(http(ours.accessToken()).post("/api/v1/auth/device/approve", new UserCodeRequest(userCode)).status())
                .isEqualTo(204);
        Http.Response tokens = poll(watch, code.get("device_code").asString());
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        assertThat(http(tokens.json().get("access_token").asString()).get("/api/v1/tenant").json().get("id").asString())
                .isEqualTo(ours.id().toString());
    }

    @Test
    void badInputIsRefusedWithAProblemThatSaysWhy() {
        var tenant = openTenant("retail", "starter");
        Http watch = watch();
        Http.Response noSlug = watch.post("/api/v1/auth/device/code", Map.of());
        assertThat(noSlug.status()).isEqualTo(400);
        assertThat(noSlug.problemType()).isEqualTo("validation-failed");
        Http.Response unknown = watch.post("/api/v1/auth/device/code", new DeviceCodeRequest("no-such-business-" + UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("not-found");

        for (String deviceCode : new String[]{"garbage", "A".repeat(64), UUID.randomUUID().toString()}) {
            Http.Response invalid = poll(watch, deviceCode);
            assertThat(invalid.status()).as(deviceCode).isEqualTo(400);
            assertThat(invalid.problemType()).as(deviceCode).isEqualTo("invalid-grant");
        }
        assertThat(watch.post("/api/v1/auth/device/token", Map.of()).problemType()).isEqualTo("validation-failed");

        Http owner = http(tenant.accessToken());
        for (String userCode : new String[]{"AEIO-UAEI", "BCDF-GHJ", "BCDF-GHJK-L", "0000-1111", "bcdf ghjk x"}) {
            Http.Response refused = owner.post("/api/v1/auth/device/approve", new UserCodeRequest(userCode));
            assertThat(refused.status()).as(userCode).isEqualTo(400);
            assertThat(refused.problemType()).as(userCode).isEqualTo("validation-failed");
            assertThat(refused.json().get("field").asString()).isEqualTo("user_code");
        }
        assertThat(owner.post("/api/v1/auth/device/approve", Map.of()).problemType()).isEqualTo("validation-failed");
        Http.Response anonymous = http().post("/api/v1/auth/device/approve", new UserCodeRequest("BCDF-GHJK"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problemType()).isEqualTo("unauthorized");
    }

    @Test
    void wrongCodesAndFloodsOfCodesAreRateLimited() {
        var tenant = openTenant("restaurant", "starter");
        Http guesser = http(TestTenants.addUserAndLogin(http(tenant.accessToken()), tenant.slug(), "cashier"));
        // The server allows ten wrong codes per person in ten minutes.
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.post("/api/v1/auth/device/approve", new UserCodeRequest("BCDF-GHJK")).status()).isEqualTo(404);
        }
        Http.Response limited = guesser.post("/api/v1/auth/device/approve", new UserCodeRequest("BCDF-GHJK"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.problemType()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        // Twenty codes per address in ten minutes.
        Http flood = watch();
        for (int i = 0; i < 20; i++) {
            assertThat(flood.post("/api/v1/auth/device/code", new DeviceCodeRequest(tenant.slug())).status()).isEqualTo(200);
        }
        Http.Response tooMany = flood.post("/api/v1/auth/device/code", new DeviceCodeRequest(tenant.slug()));
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.problemType()).isEqualTo("rate-limited");
        // Another watch, elsewhere, still pairs.
        assertThat(watch().post("/api/v1/auth/device/code", new DeviceCodeRequest(tenant.slug())).status()).isEqualTo(200);
    }

    /** A 400 problem of this type, carrying RFC 8628's code for it in {@code error}. */
    private static void assertRefused(Http.Response answer, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo(type);
        assertThat(answer.json().get("error").asString()).isEqualTo(type.replace('-', '_'));
    }

    private static JsonNode askForCode(Http watch, String slug) {
        Http.Response code = watch.post("/api/v1/auth/device/code", new DeviceCodeRequest(slug));
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        return code.json();
    }

    private Http.Response poll(Http watch, String deviceCode) {
        return watch.post("/api/v1/auth/device/token", new DeviceTokenRequest(deviceCode));
    }

    /** A watch on an address of its own (the test server believes loopback's X-Forwarded-For). */
    private Http watch() {
        int n = ADDRESSES.getAndIncrement();
        return http().withHeader("X-Forwarded-For", "198.18." + (n / 250) + "." + (1 + n % 250));
    }
}
