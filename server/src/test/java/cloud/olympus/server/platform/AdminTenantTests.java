package cloud.olympus.server.platform;

import static cloud.olympus.server.support.TenantRequests.adminBranding;
import static cloud.olympus.server.support.TenantRequests.adminFeatures;
import static cloud.olympus.server.support.TenantRequests.adminSettings;
import static cloud.olympus.server.support.TenantRequests.adminTier;
import static cloud.olympus.server.support.TenantRequests.branding;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.platform.web.AdminTenantController.AdminUpdateRequest;
import cloud.olympus.server.platform.web.AdminTenantController.FirstOwnerRequest;
import cloud.olympus.server.platform.web.AdminTenantController.ProvisionRequest;
import cloud.olympus.server.platform.web.TenantController.UpdateTenantRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminTenantTests extends ApiTest {

    private Http admin() {
        return http(ADMIN_KEY);
    }

    @Test
    void provisioningCreatesTheTenantItsOwnerAndTheIndustryPreset() {
        String slug = unique("salon");
        Http.Response created = admin().post("/api/v1/admin/tenants", new ProvisionRequest(slug, "Salon Sol", "salon",
                "professional", null, new FirstOwnerRequest("sol@" + slug + ".test", TestTenants.PASSWORD, null)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var body = created.json();
        assertThat(body.get("industry").asString()).isEqualTo("salon");
        assertThat(body.get("features").propertyNames()).containsExactlyInAnyOrder("tips", "kitchen_display", "loyalty",
                "multi_location");
        assertThat(body.get("features").get("tips").asBoolean()).isTrue();
        assertThat(body.get("features").get("kitchen_display").asBoolean()).isFalse();
        assertThat(body.get("features").get("loyalty").asBoolean()).isTrue();
        assertThat(body.get("settings").get("currency").asString()).isEqualTo("USD");
        assertThat(body.get("branding").get("app_name").asString()).isEqualTo("Salon Sol");

        Http.Response login = TestTenants.login(http(), slug, "sol@" + slug + ".test", TestTenants.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(http(login.json().get("access_token").asString()).get("/api/v1/users/me").json().get("roles").get(0).asString())
                .isEqualTo("owner");
        assertThat(admin().get("/api/v1/admin/tenants/" + body.get("id").asString()).json().get("slug").asString()).isEqualTo(slug);
    }

    @Test
    void theAdminApiWantsTheAdminKey() {
        var tenant = openTenant("retail", "starter");
        ProvisionRequest request = new ProvisionRequest(unique("x"), "X", "retail", null, null,
                new FirstOwnerRequest("o@x.test", TestTenants.PASSWORD, null));
        assertThat(http().post("/api/v1/admin/tenants", request).status()).isEqualTo(401);
        assertThat(http("wrong-key").post("/api/v1/admin/tenants", request).status()).isEqualTo(401);
        // A tenant owner's token is not an admin key.
        Http.Response asOwner = http(tenant.accessToken()).get("/api/v1/admin/tenants/" + tenant.id());
        assertThat(asOwner.status()).isEqualTo(401);
        assertThat(asOwner.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badProvisioningRequestsSayWhatIsWrong() {
        String slug = unique("dup");
        Map<String, Object> owner = Map.of("email", "o@" + slug + ".test", "password", TestTenants.PASSWORD);
        assertThat(admin().post("/api/v1/admin/tenants", Map.of("slug", slug, "name", "A", "industry", "retail",
                "owner", owner)).status()).isEqualTo(201);

        Http.Response duplicate = admin().post("/api/v1/admin/tenants", Map.of("slug", slug, "name", "B",
                "industry", "retail", "owner", owner));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("field").asString()).isEqualTo("slug");

        Http.Response badSlug = admin().post("/api/v1/admin/tenants", Map.of("slug", "Bad Slug!", "name", "B",
                "industry", "retail", "owner", owner));
        assertThat(badSlug.status()).isEqualTo(400);
        assertThat(badSlug.json().get("detail").asString()).contains("slug");

        Http.Response badIndustry = admin().post("/api/v1/admin/tenants", Map.of("slug", unique("ind"), "name", "B",
                "industry", "casino", "owner", owner));
        assertThat(badIndustry.status()).isEqualTo(400);
        assertThat(badIndustry.json().get("detail").asString()).contains("restaurant");

        Http.Response noOwner = admin().post("/api/v1/admin/tenants", Map.of("slug", unique("own"), "name", "B",
                "industry", "retail"));
        assertThat(noOwner.status()).isEqualTo(400);

        Http.Response badParent = admin().post("/api/v1/admin/tenants", Map.of("slug", unique("par"), "name", "B",
                "industry", "retail", "parent_id", "00000000-0000-0000-0000-000000000001"));
        assertThat(badParent.status()).isEqualTo(400);
    }

    @Test
    void settingsFeaturesAndBrandingMergeAndAreValidated() {
        var tenant = openTenant("restaurant", "starter");
        String path = "/api/v1/admin/tenants/" + tenant.id();

        Http.Response changed = admin().patch(path, new AdminUpdateRequest(null, "enterprise",
                Map.of("currency", "EUR", "timezone", "Europe/Rome", "tax_inclusive", true),
                Map.of("multi_location", true),
                Map.of("accent_color", "#112233")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("tier").asString()).isEqualTo("enterprise");
        assertThat(changed.json().get("settings").get("currency").asString()).isEqualTo("EUR");
        assertThat(changed.json().get("settings").get("locale").asString()).isEqualTo("en-US");
        assertThat(changed.json().get("features").get("multi_location").asBoolean()).isTrue();
        assertThat(changed.json().get("branding").get("accent_color").asString()).isEqualTo("#112233");

        Http.Response badCurrency = admin().patch(path, adminSettings(Map.of("currency", "EURO")));
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.json().get("field").asString()).isEqualTo("settings.currency");
        Http.Response unknownKey = admin().patch(path, adminSettings(Map.of("colour_of_sky", "blue")));
        assertThat(unknownKey.status()).isEqualTo(400);
        Http.Response badColour = admin().patch(path, adminBranding(Map.of("accent_color", "red")));
        assertThat(badColour.status()).isEqualTo(400);
        Http.Response badFeature = admin().patch(path, adminFeatures(Map.of("tips", "yes")));
        assertThat(badFeature.status()).isEqualTo(400);
        Http.Response deadFeature = admin().patch(path, adminFeatures(Map.of("tables", true)));
        assertThat(deadFeature.status()).as("a switch nothing reads is not a feature").isEqualTo(400);
        assertThat(deadFeature.json().get("field").asString()).isEqualTo("features.tables");
        Http.Response badTier = admin().patch(path, adminTier("platinum"));
        assertThat(badTier.status()).isEqualTo(400);
        // Nothing of the refused changes was saved.
        assertThat(admin().get(path).json().get("settings").get("currency").asString()).isEqualTo("EUR");

        Map<String, Object> removeLogo = new HashMap<>();
        removeLogo.put("logo_url", null);
        assertThat(admin().patch(path, adminBranding(removeLogo)).json().get("branding").has("logo_url")).isFalse();
    }

    @Test
    void ownersChangeTheirSettingsAndBrandingButNotTheirFeatures() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        Http.Response changed = owner.patch("/api/v1/tenant", new UpdateTenantRequest("Renamed", null,
                Map.of("app_name", "Renamed POS", "logo_url", "https://cdn.example/logo.png")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("branding").get("logo_url").asString()).isEqualTo("https://cdn.example/logo.png");
        assertThat(owner.patch("/api/v1/tenant", Map.of("features", Map.of("multi_location", true))).status()).isEqualTo(400);
        assertThat(owner.patch("/api/v1/tenant", branding(Map.of("logo_url", "javascript:alert(1)"))).status()).isEqualTo(400);
        String cashier = TestTenants.addUserAndLogin(owner, tenant.slug(), "cashier");
        assertThat(http(cashier).get("/api/v1/tenant").json().get("name").asString()).isEqualTo("Renamed");
        assertThat(http(cashier).patch("/api/v1/tenant", new UpdateTenantRequest("Mine", null, null)).status()).isEqualTo(403);
    }

    @Test
    void aClosedTenantCanNoLongerLogIn() {
        var tenant = openTenant("salon", "starter");
        assertThat(admin().delete("/api/v1/admin/tenants/" + tenant.id()).status()).isEqualTo(204);
        assertThat(TestTenants.login(http(), tenant.slug(), tenant.ownerEmail(), TestTenants.PASSWORD).status()).isEqualTo(401);
        assertThat(http().post("/api/v1/auth/refresh", new RefreshRequest(tenant.refreshToken())).status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/admin/tenants/" + tenant.id()).status()).isEqualTo(404);
    }
}
