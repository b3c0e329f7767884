package cloud.olympus.server.platform;

import static cloud.olympus.server.support.UserRequests.newDisplayName;
import static cloud.olympus.server.support.UserRequests.user;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.platform.web.TenantController.NewLocationRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import org.junit.jupiter.api.Test;

/** A token of one tenant never reaches another tenant's resources: they answer 404. */
class TenantIsolationTests extends ApiTest {

    @Test
    void anotherTenantsUserIsNotFoundForEveryVerb() {
        var a = openTenant("restaurant", "starter");
        var b = openTenant("retail", "starter");
        String aUser = http(a.accessToken()).post("/api/v1/users", user("cook@" + a.slug() + ".test", "kitchen")).json().get("id")
                .asString();

        Http asB = http(b.accessToken());
        assertNotFound(asB.get("/api/v1/users/" + aUser));
        assertNotFound(asB.patch("/api/v1/users/" + aUser, newDisplayName("hijacked")));
        assertNotFound(asB.delete("/api/v1/users/" + aUser));
        assertThat(asB.get("/api/v1/users").json().get("data").findValuesAsString("email"))
                .noneMatch(email -> email.endsWith(a.slug() + ".test"));
        // Still there, unchanged, for its own tenant.
        assertThat(http(a.accessToken()).get("/api/v1/users/" + aUser).json().get("display_name").isNull()).isTrue();
    }

    @Test
    void namingAnotherTenantInTheHeaderIsNotFound() {
        var a = openTenant("restaurant", "starter");
        var b = openTenant("retail", "starter");
        Http.Response response = http(b.accessToken()).withHeader("X-Tenant-Id", a.id().toString()).get("/api/v1/tenant");
        assertNotFound(response);
        assertThat(http(b.accessToken()).withHeader("X-Tenant-Id", "not-a-uuid").get("/api/v1/tenant").status()).isEqualTo(400);
    }

    @Test
    void organisationOwnersActForTheirLocationsAndLocationStaffSeeOnlyTheirOwn() {
        var org = openTenant("restaurant", "enterprise");
        Http owner = http(org.accessToken());
        Http.Response north = owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-north", "North"));
        Http.Response south = owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-south", "South"));
        assertThat(north.status()).as(north.toString()).isEqualTo(201);
        String northId = north.json().get("id").asString();
        String southId = south.json().get("id").asString();
        assertThat(north.json().get("parent_id").asString()).isEqualTo(org.id().toString());
        assertThat(owner.get("/api/v1/tenant/locations").json().findValuesAsString("slug"))
                .containsExactly(org.slug() + "-north", org.slug() + "-south");

        // The organisation's owner staffs the north location.
        Http atNorth = owner.withHeader("X-Tenant-Id", northId);
        assertThat(atNorth.get("/api/v1/tenant").json().get("slug").asString()).isEqualTo(org.slug() + "-north");
        Http.Response me = atNorth.get("/api/v1/users/me");
        assertThat(me.status()).as("who am I, while acting for a location").isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(org.ownerEmail());
        String northManager = TestTenants.addUserAndLogin(atNorth, org.slug() + "-north", "manager");
        assertThat(atNorth.get("/api/v1/users").json().get("data").size()).isEqualTo(1);
        assertThat(owner.get("/api/v1/users").json().get("data").findValuesAsString("email")).containsExactly(org.ownerEmail());

        // North's manager sees north, not south, not the organisation.
        Http manager = http(northManager);
        assertThat(manager.get("/api/v1/tenant").json().get("id").asString()).isEqualTo(northId);
        assertNotFound(manager.withHeader("X-Tenant-Id", southId).get("/api/v1/tenant"));
        assertNotFound(manager.withHeader("X-Tenant-Id", org.id().toString()).get("/api/v1/tenant"));
        assertThat(manager.get("/api/v1/tenant/locations").json().size()).isZero();
    }

    @Test
    void locationsNeedTheMultiLocationFeature() {
        var small = openTenant("retail", "starter");
        Http.Response refused = http(small.accessToken()).post("/api/v1/tenant/locations",
                new NewLocationRequest(small.slug() + "-two", "Two"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anOrganisationsCashierCannotActForItsLocations() {
        var org = openTenant("restaurant", "enterprise");
        Http owner = http(org.accessToken());
        String loc = owner.post("/api/v1/tenant/locations", new NewLocationRequest(org.slug() + "-east", "East"))
                .json().get("id").asString();
        String cashier = TestTenants.addUserAndLogin(owner, org.slug(), "cashier");
        assertNotFound(http(cashier).withHeader("X-Tenant-Id", loc).get("/api/v1/tenant"));
    }

    private static void assertNotFound(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("not-found");
    }
}
