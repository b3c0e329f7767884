package cloud.olympus.server.auth;

import static cloud.olympus.server.support.UserRequests.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthFlowTests extends ApiTest {

    @Test
    void loginAnswersTokensWhoseClaimsNameUserTenantAndRoles() {
        var tenant = openTenant("restaurant", "starter");
        Http.Response login = TestTenants.login(http(), tenant.slug(), tenant.ownerEmail(), TestTenants.PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("access_token", "refresh_token", "expires_in");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        JsonNode claims = claims(body.get("access_token").asString());
        assertThat(claims.get("tid").asString()).isEqualTo(tenant.id().toString());
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("owner");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(http(body.get("access_token").asString()).get("/api/v1/users/me").json().get("email").asString())
                .isEqualTo(tenant.ownerEmail());
    }

    @Test
    void emailAndSlugAreMatchedWithoutRegardToCase() {
        var tenant = openTenant("retail", "starter");
        assertThat(TestTenants.login(http(), tenant.slug().toUpperCase(), tenant.ownerEmail().toUpperCase(),
                TestTenants.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void wrongSlugWrongEmailAndWrongPasswordAreIndistinguishable() {
        var tenant = openTenant("salon", "starter");
        Http.Response wrongSlug = TestTenants.login(http(), "no-such-tenant", tenant.ownerEmail(), TestTenants.PASSWORD);
        Http.Response wrongEmail = TestTenants.login(http(), tenant.slug(), "nobody@x.test", TestTenants.PASSWORD);
        Http.Response wrongPassword = TestTenants.login(http(), tenant.slug(), tenant.ownerEmail(), "not-the-password");

        for (Http.Response response : new Http.Response[]{wrongSlug, wrongEmail, wrongPassword}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.problemType()).isEqualTo("invalid-credentials");
        }
        assertThat(wrongSlug.json().get("detail")).isEqualTo(wrongEmail.json().get("detail"))
                .isEqualTo(wrongPassword.json().get("detail"));
    }

    @Test
    void refreshRotatesAndReusingASpentTokenAfterTheGracePeriodRevokesTheWholeSession() {
        var tenant = openTenant("restaurant", "starter");
        Http.Response first = refresh(tenant.refreshToken());
        assertThat(first.status()).isEqualTo(200);
        String second = first.json().get("refresh_token").asString();
        assertThat(second).isNotEqualTo(tenant.refreshToken());
        assertThat(http(first.json().get("access_token").asString()).get("/api/v1/users/me").status()).isEqualTo(200);

        // The test server forgives a reuse for 2 s; after that a reuse means a copy.
        await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
        Http.Response replay = refresh(tenant.refreshToken());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.problemType()).isEqualTo("invalid-token");
        // The thief replayed the old token: the legitimate holder's newer token is dead too.
        assertThat(refresh(second).status()).isEqualTo(401);
        // Other sessions of the same user are untouched.
        String otherSession = TestTenants.login(http(), tenant.slug(), tenant.ownerEmail(), TestTenants.PASSWORD)
                .json().get("refresh_token").asString();
        assertThat(refresh(otherSession).status()).isEqualTo(200);
    }

    @Test
    void aRefreshWhoseAnswerWasLostMayBeSentAgainWithinTheGracePeriod() {
        var tenant = openTenant("restaurant", "starter");
        Http.Response first = refresh(tenant.refreshToken());
        assertThat(first.status()).isEqualTo(200);
        // The till never saw that answer and sends the same token again at once.
        Http.Response again = refresh(tenant.refreshToken());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        String access = again.json().get("access_token").asString();
        assertThat(http(access).get("/api/v1/users/me").status()).isEqualTo(200);
        // One refresh token lives on: the lost answer's is spent. Shown after the grace period, it is a
        // copy being reused, and the session ends.
        await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
        assertThat(refresh(first.json().get("refresh_token").asString()).status()).isEqualTo(401);
        assertThat(refresh(again.json().get("refresh_token").asString()).status()).isEqualTo(401);
    }

    @Test
    void theTokenOfARecoveredRefreshKeepsTheSessionGoing() {
        var tenant = openTenant("retail", "starter");
        assertThat(refresh(tenant.refreshToken()).status()).isEqualTo(200);
        Http.Response again = refresh(tenant.refreshToken());
        await().pollDelay(Duration.ofMillis(2_500)).until(() -> true);
        Http.Response next = refresh(again.json().get("refresh_token").asString());
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(http(next.json().get("access_token").asString()).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        var tenant = openTenant("retail", "starter");
        Http.Response logout = http().post("/api/v1/auth/logout", new RefreshRequest(tenant.refreshToken()));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(tenant.refreshToken()).status()).isEqualTo(401);
        // Logging out twice, or with nonsense, is harmless.
        assertThat(http().post("/api/v1/auth/logout", new RefreshRequest(tenant.refreshToken())).status()).isEqualTo(204);
        assertThat(http().post("/api/v1/auth/logout", new RefreshRequest("garbage")).status()).isEqualTo(204);
    }

    @Test
    void malformedAndForeignRefreshTokensAreRefused() {
        assertThat(refresh("garbage").status()).isEqualTo(401);
        assertThat(refresh("A".repeat(64)).status()).isEqualTo(401);
        assertThat(http().post("/api/v1/auth/refresh", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void successfulLoginsNeverCountTowardsTheLimit() {
        var tenant = openTenant("salon", "starter");
        // The test server allows 5 failures per account and address; a till logging in all day never meets it.
        for (int i = 0; i < 12; i++) {
            assertThat(TestTenants.login(http(), tenant.slug(), tenant.ownerEmail(), TestTenants.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void wrongPasswordsLockTheAccountForTheGuessersAddressOnly() {
        var tenant = openTenant("salon", "starter");
        Http guesser = http().withHeader("X-Forwarded-For", "203.0.113.7");
        for (int i = 0; i < 5; i++) {
            assertThat(TestTenants.login(guesser, tenant.slug(), tenant.ownerEmail(), "wrong-password").status()).isEqualTo(401);
        }
        Http.Response limited = TestTenants.login(guesser, tenant.slug(), tenant.ownerEmail(), TestTenants.PASSWORD);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.problemType()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        // The owner, elsewhere, is not locked out by a stranger's guesses.
        Http owner = http().withHeader("X-Forwarded-For", "198.51.100.9");
        assertThat(TestTenants.login(owner, tenant.slug(), tenant.ownerEmail(), TestTenants.PASSWORD).status()).isEqualTo(200);
        // Another account from the guesser's address is not held back either.
        assertThat(TestTenants.login(guesser, tenant.slug(), "someone-else@x.test", "whatever").status()).isEqualTo(401);
    }

    @Test
    void guessesSpreadOverManyAddressesMeetASlowerCeilingPerAccount() {
        var tenant = openTenant("salon", "starter");
        // The test server allows 12 failures per account from anywhere.
        for (int i = 0; i < 12; i++) {
            Http somewhere = http().withHeader("X-Forwarded-For", "192.0.2." + (10 + i));
            assertThat(TestTenants.login(somewhere, tenant.slug(), tenant.ownerEmail(), "wrong-" + i).status()).isEqualTo(401);
        }
        Http.Response limited = TestTenants.login(http().withHeader("X-Forwarded-For", "192.0.2.200"), tenant.slug(),
                tenant.ownerEmail(), TestTenants.PASSWORD);
        assertThat(limited.status()).isEqualTo(429);
    }

    @Test
    void requestsWithoutOrWithBadTokensAre401Problems() {
        Http.Response none = http().get("/api/v1/users/me");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.problemType()).isEqualTo("unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");

        Http.Response garbage = http("not.a.jwt").get("/api/v1/users/me");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.problemType()).isEqualTo("invalid-token");

        var tenant = openTenant("retail", "starter");
        String[] parts = tenant.accessToken().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("forged-signature-forged-signature".getBytes(StandardCharsets.UTF_8));
        assertThat(http(forged).get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void aDeletedUserCanNoLongerLogInOrRefresh() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        Http.Response created = owner.post("/api/v1/users", user("leaver@" + tenant.slug() + ".test", "cashier"));
        Http.Response login = TestTenants.login(http(), tenant.slug(), "leaver@" + tenant.slug() + ".test", TestTenants.PASSWORD);
        assertThat(owner.delete("/api/v1/users/" + created.json().get("id").asString()).status()).isEqualTo(204);

        assertThat(TestTenants.login(http(), tenant.slug(), "leaver@" + tenant.slug() + ".test", TestTenants.PASSWORD).status())
                .isEqualTo(401);
        assertThat(refresh(login.json().get("refresh_token").asString()).status()).isEqualTo(401);
    }

    private Http.Response refresh(String token) {
        return http().post("/api/v1/auth/refresh", new RefreshRequest(token));
    }

    private static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return Http.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
