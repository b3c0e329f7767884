package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController.LoginRequest;
import cloud.olympus.server.platform.web.AdminTenantController.FirstOwnerRequest;
import cloud.olympus.server.platform.web.AdminTenantController.ProvisionRequest;
import java.util.UUID;

/** Opens tenants through the admin API and logs their owners in. */
public final class TestTenants {

    private TestTenants() {
    }

    public static final String PASSWORD = "correct-horse-battery";

    public record Opened(UUID id, String slug, String ownerEmail, String accessToken, String refreshToken) {
    }

    public static Opened open(Http http, String industry, String tier) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
        String email = "owner@" + slug + ".test";
        Http.Response created = http.withToken(ApiTest.ADMIN_KEY).post("/api/v1/admin/tenants", new ProvisionRequest(
                slug, "Test " + slug, industry, tier, null, new FirstOwnerRequest(email, PASSWORD, "Test Owner")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        Http.Response login = login(http, slug, email, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new Opened(id, slug, email, login.json().get("access_token").asString(),
                login.json().get("refresh_token").asString());
    }

    public static Http.Response login(Http http, String slug, String email, String password) {
        return http.post("/api/v1/auth/login", new LoginRequest(email, password, slug));
    }

    /** Adds a user to the tenant the token acts for and logs them in; answers their access token. */
    public static String addUserAndLogin(Http owner, String slug, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + slug + ".test";
        Http.Response created = owner.post("/api/v1/users", UserRequests.user(email, role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http.Response login = login(owner.withoutHeaders(), slug, email, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().get("access_token").asString();
    }
}
