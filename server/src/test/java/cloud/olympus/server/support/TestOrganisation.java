package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.platform.web.TenantController.NewLocationRequest;

/**
 * An organisation with two locations, north and south, each selling one item, and its owner, who
 * acts for either location with {@code X-Tenant-Id}: for tests of who hears or sees which location.
 */
public record TestOrganisation(TestTenants.Opened org, Http owner, String north, String south, Http atNorth, Http atSouth,
                               String northItem, String southItem) {

    /** Opens it through the API; {@code anonymous} is a client without a token. */
    public static TestOrganisation open(Http anonymous) {
        TestTenants.Opened org = TestTenants.open(anonymous, "restaurant", "enterprise");
        Http owner = anonymous.withToken(org.accessToken());
        String north = location(owner, org.slug() + "-north");
        String south = location(owner, org.slug() + "-south");
        Http atNorth = owner.withHeader("X-Tenant-Id", north);
        Http atSouth = owner.withHeader("X-Tenant-Id", south);
        return new TestOrganisation(org, owner, north, south, atNorth, atSouth, new TestShop(org, atNorth).item("N-1", "4.00", 50),
                new TestShop(org, atSouth).item("S-1", "4.00", 50));
    }

    /** A user of the north location with {@code role}, logged in; answers their access token. */
    public String northUser(String role) {
        return TestTenants.addUserAndLogin(atNorth, org.slug() + "-north", role);
    }

    /** Places an order of one north item at the north location; answers its id. */
    public String orderAtNorth() {
        return new TestShop(org, atNorth).placed(northItem, 1).get("id").asString();
    }

    public String orderAtSouth() {
        return new TestShop(org, atSouth).placed(southItem, 1).get("id").asString();
    }

    private static String location(Http owner, String slug) {
        Http.Response created = owner.post("/api/v1/tenant/locations", new NewLocationRequest(slug, slug));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
