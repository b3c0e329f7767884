package cloud.olympus.server.auth;

import static cloud.olympus.server.support.CustomerBuilder.named;
import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.UserRequests.newPassword;
import static cloud.olympus.server.support.UserRequests.newRoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.auth.internal.SigningKey;
import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.ForgedTokens;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An access token works only while its session is open. Ending the session (logout, a new password,
 * other roles, a removed user, a stolen refresh token used twice) ends the access token with it,
 * not an hour later; a token that does not say when it ends or which session it belongs to is no
 * token at all.
 */
class SessionEndTests extends ApiTest {

    @Autowired
    SigningKey signingKey;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void logoutEndsTheAccessTokenAtOnce() {
        var tenant = openTenant("retail", "starter");
        assertThat(http(tenant.accessToken()).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(http().post("/api/v1/auth/logout", new RefreshRequest(tenant.refreshToken())).status()).isEqualTo(204);

        Http.Response after = http(tenant.accessToken()).get("/api/v1/users/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problemType()).isEqualTo("invalid-token");
        assertThat(after.json().get("detail").asString()).contains("session has ended");
    }

    @Test
    void aNewPasswordEndsTheUsersSessions() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        String cashier = TestTenants.addUserAndLogin(owner, tenant.slug(), "cashier");
        UUID cashierId = idOf(cashier);
        assertThat(owner.patch("/api/v1/users/" + cashierId, newPassword("a-brand-new-password")).status()).isEqualTo(200);
        assertThat(http(cashier).get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void aManagerDemotedToCashierNoLongerCreatesItems() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        String manager = TestTenants.addUserAndLogin(owner, tenant.slug(), "manager");
        assertThat(http(manager).post("/api/v1/inventory/items", item("M-1", "4.00").name("Mug").create()).status()).isEqualTo(201);

        assertThat(owner.patch("/api/v1/users/" + idOf(manager), newRoles("cashier")).status()).isEqualTo(200);

        Http.Response withOldToken = http(manager).post("/api/v1/inventory/items", item("M-2", "4.00").name("Mug").create());
        assertThat(withOldToken.status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/inventory/items?q=Mug").json().get("data")).hasSize(1);
    }

    @Test
    void aRemovedUsersTokenNoLongerCreatesCustomers() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        String cashier = TestTenants.addUserAndLogin(owner, tenant.slug(), "cashier");
        assertThat(http(cashier).post("/api/v1/customers", named("Ada")).status()).isEqualTo(201);

        assertThat(owner.delete("/api/v1/users/" + idOf(cashier)).status()).isEqualTo(204);

        assertThat(http(cashier).post("/api/v1/customers", named("Grace")).status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenPresentedTwiceEndsTheSessionsAccessTokens() {
        var tenant = openTenant("retail", "starter");
        Http.Response rotated = http().post("/api/v1/auth/refresh", new RefreshRequest(tenant.refreshToken()));
        assertThat(rotated.status()).isEqualTo(200);
        String newAccess = rotated.json().get("access_token").asString();
        assertThat(http(newAccess).get("/api/v1/users/me").status()).isEqualTo(200);

        // Someone replays the first refresh token, after the grace period for a lost answer (2 s here): the
        // whole session ends, every access token of it too.
        await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
        assertThat(http().post("/api/v1/auth/refresh", new RefreshRequest(tenant.refreshToken())).status()).isEqualTo(401);
        assertThat(http(newAccess).get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(http(tenant.accessToken()).get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void aSessionEndedByAnotherServerInstanceIsRefusedWithinSeconds() {
        var tenant = openTenant("retail", "starter");
        assertThat(http(tenant.accessToken()).get("/api/v1/users/me").status()).isEqualTo(200);
        // Another instance ended the session: only the database knows.
        JdbcClient.create(ownerDataSource).sql("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE tenant_id = ?")
                .param(tenant.id()).update();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> http(tenant.accessToken()).get("/api/v1/users/me").status() == 401);
    }

    @Test
    void tokensWithoutExpiryIssueTimeOrSessionAreRefused() throws Exception {
        var tenant = openTenant("retail", "starter");
        String sessionId = SignedJWT.parse(tenant.accessToken()).getJWTClaimsSet().getStringClaim("sid");
        UUID userId = idOf(tenant.accessToken());
        UnaryOperator<JWTClaimsSet.Builder> complete = b -> b;
        assertThat(http(forge(tenant.id(), userId, sessionId, complete)).get("/api/v1/users/me").status()).isEqualTo(200);

        assertThat(http(forge(tenant.id(), userId, sessionId, b -> b.expirationTime(null))).get("/api/v1/users/me").status())
                .isEqualTo(401);
        assertThat(http(forge(tenant.id(), userId, sessionId, b -> b.issueTime(null))).get("/api/v1/users/me").status())
                .isEqualTo(401);
        assertThat(http(forge(tenant.id(), userId, sessionId, b -> b.claim("sid", null))).get("/api/v1/users/me").status())
                .isEqualTo(401);
        assertThat(http(forge(tenant.id(), userId, UUID.randomUUID().toString(), complete)).get("/api/v1/users/me").status())
                .as("a session that never existed").isEqualTo(401);
    }

    private UUID idOf(String accessToken) {
        return UUID.fromString(http(accessToken).get("/api/v1/users/me").json().get("id").asString());
    }

    private String forge(UUID tenantId, UUID userId, String sessionId, UnaryOperator<JWTClaimsSet.Builder> shape) {
        return ForgedTokens.forge(signingKey, tenantId, userId, sessionId, shape);
    }
}
