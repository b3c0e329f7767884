package cloud.olympus.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.platform.web.TenantController.ChangeLocationRequest;
import cloud.olympus.server.platform.web.TenantController.NewLocationRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.UserRequests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An organisation's owner renames a location, closes it (no one can log in there any more, and
 * everyone logged in there is logged out) and opens it again; nobody else may, and no one reaches
 * another business's locations.
 */
class LocationChangeTests extends ApiTest {

    @Test
    void theOwnerRenamesClosesAndReopensALocation() {
        var org = openTenant("restaurant", "enterprise");
        Http owner = http(org.accessToken());
        String northSlug = org.slug() + "-north";
        String north = owner.post("/api/v1/tenant/locations", new NewLocationRequest(northSlug, "North")).json().get("id").asString();
        String email = "manager@" + northSlug + ".test";
        assertThat(owner.withHeader("X-Tenant-Id", north).post("/api/v1/users", UserRequests.user(email, "manager")).status())
                .isEqualTo(201);
        String northManager = TestTenants.login(http(), northSlug, email, TestTenants.PASSWORD).json().get("access_token").asString();
        String path = "/api/v1/tenant/locations/" + north;

        Http.Response renamed = owner.patch(path, new ChangeLocationRequest("  North Quay ", null));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("North Quay");
        assertThat(renamed.json().get("active").asBoolean()).isTrue();
        assertThat(owner.get("/api/v1/tenant/locations").json().findValuesAsString("name")).containsExactly("North Quay");
        assertThat(http(northManager).get("/api/v1/tenant").json().get("name").asString()).isEqualTo("North Quay");

        Http.Response closed = owner.patch(path, new ChangeLocationRequest(null, false));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("active").asBoolean()).isFalse();
        assertThat(owner.get("/api/v1/tenant/locations").json().size()).as("a closed location is not among the open ones").isZero();
        var all = owner.get("/api/v1/tenant/locations?closed=true").json();
        assertThat(all.findValuesAsString("id")).containsExactly(north);
        assertThat(all.get(0).get("active").asBoolean()).isFalse();
        assertThat(http(northManager).get("/api/v1/users/me").status()).as("logged out when it closed").isEqualTo(401);
        assertThat(TestTenants.login(http(), northSlug, email, TestTenants.PASSWORD).status())
                .as("no one logs in at a closed location").isNotEqualTo(200);
        assertThat(owner.withHeader("X-Tenant-Id", north).get("/api/v1/tenant").status()).isEqualTo(404);
        assertThat(owner.patch(path, new ChangeLocationRequest("North (closed)", null)).json().get("active").asBoolean())
                .as("a closed location can still be renamed, and stays closed").isFalse();

        Http.Response reopened = owner.patch(path, new ChangeLocationRequest("North Quay", true));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("active").asBoolean()).isTrue();
        assertThat(owner.get("/api/v1/tenant/locations").json().findValuesAsString("id")).containsExactly(north);
        assertThat(owner.withHeader("X-Tenant-Id", north).get("/api/v1/tenant").json().get("name").asString()).isEqualTo("North Quay");
    }

    @Test
    void reopeningALocationNeedsTheMultiLocationFeatureAsOpeningOneDoes() {
        var org = openTenant("restaurant", "enterprise");
        Http owner = http(org.accessToken());
        String path = "/api/v1/tenant/locations/"
                + owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-north", "North")).json().get("id").asString();
        assertThat(owner.patch(path, new ChangeLocationRequest(null, false)).status()).isEqualTo(200);
        Http admin = http(ADMIN_KEY);
        assertThat(admin.patch("/api/v1/admin/tenants/" + org.id(), Map.of("features", Map.of("multi_location", false))).status())
                .isEqualTo(200);

        Http.Response refused = owner.patch(path, new ChangeLocationRequest(null, true));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
        assertThat(owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-south", "South")).status())
                .isEqualTo(403);
        assertThat(owner.get("/api/v1/tenant/locations").json().size()).as("still closed").isZero();
        assertThat(owner.patch(path, new ChangeLocationRequest("North (closed)", null)).status())
                .as("renaming a closed location is no reopening").isEqualTo(200);

        assertThat(admin.patch("/api/v1/admin/tenants/" + org.id(), Map.of("features", Map.of("multi_location", true))).status())
                .isEqualTo(200);
        assertThat(owner.patch(path, new ChangeLocationRequest(null, true)).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void onlyTheOwnerMayAndAnotherBusinesssLocationIsNotFound() {
        var org = openTenant("restaurant", "enterprise");
        Http owner = http(org.accessToken());
        String north = owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-north", "North")).json().get("id")
                .asString();
        String path = "/api/v1/tenant/locations/" + north;
        Http manager = http(TestTenants.addUserAndLogin(owner, org.slug(), "manager"));
        Http.Response refused = manager.patch(path, new ChangeLocationRequest("Mine", null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");

        var other = openTenant("restaurant", "enterprise");
        Http stranger = http(other.accessToken());
        notFound(stranger.patch(path, new ChangeLocationRequest("Hijacked", false)));
        notFound(owner.patch("/api/v1/tenant/locations/" + UUID.randomUUID(), new ChangeLocationRequest("Nowhere", null)));
        notFound(owner.patch("/api/v1/tenant/locations/" + org.id(), new ChangeLocationRequest("Itself", null)));
        String theirs = stranger.post("/api/v1/tenant/locations", new NewLocationRequest(other.slug() + "-west", "West")).json()
                .get("id").asString();
        notFound(owner.patch("/api/v1/tenant/locations/" + theirs, new ChangeLocationRequest(null, false)));
        assertThat(stranger.get("/api/v1/tenant/locations").json().findValuesAsString("name")).containsExactly("West");
        assertThat(owner.get("/api/v1/tenant/locations").json().findValuesAsString("name")).containsExactly("North");
    }

    @Test
    void aWrongChangeIsABadRequest() {
        var org = openTenant("restaurant", "enterprise");
        Http owner = http(org.accessToken());
        String path = "/api/v1/tenant/locations/"
                + owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-north", "North")).json().get("id").asString();
        for (String body : new String[]{"{}", "{\"name\": \"\"}", "{\"name\": \"   \"}", "{\"name\": \"No\\u0000rth\"}",
                "{\"name\": \"" + "n".repeat(256) + "\"}", "{\"active\": 1e1000000}", "{\"active\": \"perhaps\"}",
                "{\"name\": [1]}", "not json"}) {
            Http.Response answer = owner.send("PATCH", path, body, "application/json");
            assertThat(answer.status()).as(body + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(owner.send("PATCH", "/api/v1/tenant/locations/not-an-id", "{\"name\": \"X\"}", "application/json").status())
                .isEqualTo(400);
        assertThat(owner.get("/api/v1/tenant/locations?closed=perhaps").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/tenant/locations").json().findValuesAsString("name")).containsExactly("North");
    }

    private static void notFound(Http.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("not-found");
    }
}
