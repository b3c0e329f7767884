package cloud.olympus.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.auth.web.DeviceGrantController.DeviceCodeRequest;
import cloud.olympus.server.auth.web.DeviceGrantController.DeviceTokenRequest;
import cloud.olympus.server.auth.web.DevicePairingController.UserCodeRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
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

    @Test
    void aManagerSeesThePairedWatchAndEndsItsSessionAtOnce() {
        TestShop shop = openShop("restaurant");
        Http cook = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen"));
        String cookId = cook.get("/api/v1/users/me").json().get("id").asString();
        Http manager = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager"));
        assertThat(manager.get("/api/v1/devices/paired").json().get("data")).isEmpty();

        JsonNode tokens = pair(watch().withHeader("User-Agent", "Olympus Watch/1.0 (Wear OS 4)"), shop.tenant().slug(), cook);
        // A code asked for and never approved is no paired device.
        askForCode(watch(), shop.tenant().slug());
        Http.Response refreshed = http().post("/api/v1/auth/refresh", new RefreshRequest(tokens.get("refresh_token").asString()));
        assertThat(refreshed.status()).isEqualTo(200);

        JsonNode listed = manager.get("/api/v1/devices/paired").json().get("data");
        assertThat(listed).hasSize(1);
        JsonNode watch = listed.get(0);
        assertThat(watch.propertyNames()).containsExactlyInAnyOrder("id", "user_id", "user_name", "roles", "user_agent",
                "paired_at", "last_used_at");
        assertThat(watch.get("user_id").asString()).isEqualTo(cookId);
        assertThat(watch.get("user_name").asString()).isNotBlank();
        assertThat(watch.get("roles").valueStream().map(JsonNode::asString)).containsExactly("kitchen");
        assertThat(watch.get("user_agent").asString()).isEqualTo("Olympus Watch/1.0 (Wear OS 4)");
        // The refresh is when it was last used.
        assertThat(Instant.parse(watch.get("last_used_at").asString())).isAfter(Instant.parse(watch.get("paired_at").asString()));

        String access = refreshed.json().get("access_token").asString();
        assertThat(http(access).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(manager.delete("/api/v1/devices/paired/" + watch.get("id").asString()).status()).isEqualTo(204);

        Http.Response refused = http().post("/api/v1/auth/refresh", new RefreshRequest(refreshed.json().get("refresh_token").asString()));
        assertThat(refused.status()).isEqualTo(401);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> http(access).get("/api/v1/users/me").status() == 401);
        assertThat(http(access).get("/api/v1/users/me").problemType()).isEqualTo("invalid-token");
        // The cook's own session on the till goes on, and the watch is no longer listed.
        assertThat(cook.get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/devices/paired").json().get("data")).isEmpty();
        // Its session is over: revoking it again finds nothing.
        assertThat(manager.delete("/api/v1/devices/paired/" + watch.get("id").asString()).status()).isEqualTo(404);

        String managerId = manager.get("/api/v1/users/me").json().get("id").asString();
        JsonNode audit = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=device.unpaired&subject=" + watch.get("id").asString())
                        .json().get("data"), d -> d != null && d.size() > 0);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor_id").asString()).isEqualTo(managerId);
        assertThat(audit.get(0).get("details").get("user_id").asString()).isEqualTo(cookId);
    }

    @Test
    void aWatchWhosePersonLoggedItOutIsNoLongerListed() {
        TestShop shop = openShop("salon");
        JsonNode tokens = pair(watch(), shop.tenant().slug(), shop.owner());
        assertThat(shop.owner().get("/api/v1/devices/paired").json().get("data")).hasSize(1);
        assertThat(http().post("/api/v1/auth/logout", new RefreshRequest(tokens.get("refresh_token").asString())).status())
                .isEqualTo(204);
        assertThat(shop.owner().get("/api/v1/devices/paired").json().get("data")).isEmpty();
    }

    @Test
    void aPairedWatchOutlivesItsCodeWhileItsSessionIsOpen() {
        TestShop shop = openShop("retail");
        pair(watch(), shop.tenant().slug(), shop.owner());
        askForCode(watch(), shop.tenant().slug());
        // Both codes ran out days ago; the next code asked for clears out what ran out.
        JdbcClient.create(ownerDataSource)
                .sql("UPDATE auth.device_authorizations SET expires_at = now() - interval '3 days' WHERE tenant_id = ?")
                .param(shop.tenant().id()).update();
        askForCode(watch(), shop.tenant().slug());

        assertThat(shop.owner().get("/api/v1/devices/paired").json().get("data")).hasSize(1);
        assertThat(JdbcClient.create(ownerDataSource)
                .sql("SELECT count(*) FROM auth.device_authorizations WHERE tenant_id = ?").param(shop.tenant().id())
                .query(Long.class).single()).as("the paired one and the new code; the unused one is gone").isEqualTo(2);
    }

    @Test
    void pairedDevicesAreTheBusinesssOwnAndManagersOnly() {
        TestShop ours = openShop("restaurant");
        TestShop theirs = openShop("restaurant");
        pair(watch(), theirs.tenant().slug(), theirs.owner());
        String theirWatch = theirs.owner().get("/api/v1/devices/paired").json().get("data").get(0).get("id").asString();

        // Another business's watch is not there for us.
        assertThat(ours.owner().get("/api/v1/devices/paired").json().get("data")).isEmpty();
        Http.Response foreign = ours.owner().delete("/api/v1/devices/paired/" + theirWatch);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.problemType()).isEqualTo("not-found");
        assertThat(theirs.owner().get("/api/v1/devices/paired").json().get("data")).hasSize(1);

        Http cashier = http(TestTenants.addUserAndLogin(ours.owner(), ours.tenant().slug(), "cashier"));
        pair(watch(), ours.tenant().slug(), cashier);
        String cashiersWatch = ours.owner().get("/api/v1/devices/paired").json().get("data").get(0).get("id").asString();
        for (Http.Response refused : List.of(cashier.get("/api/v1/devices/paired"),
                cashier.delete("/api/v1/devices/paired/" + cashiersWatch))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.problemType()).isEqualTo("forbidden");
        }
        assertThat(ours.owner().get("/api/v1/devices/paired").json().get("data")).hasSize(1);

        for (String bad : new String[]{"not-an-id", "1e1000000", "%00"}) {
            Http.Response refused = ours.owner().delete("/api/v1/devices/paired/" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    /** Pairs a watch through the device flow, approved by {@code approver}; answers its token pair. */
    private JsonNode pair(Http watch, String slug, Http approver) {
        JsonNode code = askForCode(watch, slug);
        assertThat(approver.post("/api/v1/auth/device/approve", new UserCodeRequest(code.get("user_code").asString())).status())
                .isEqualTo(204);
        Http.Response tokens = poll(watch, code.get("device_code").asString());
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        return tokens.json();
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
