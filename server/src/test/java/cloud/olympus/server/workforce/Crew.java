package cloud.olympus.server.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.UserController.CreateUserRequest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.workforce.web.StaffController.StaffRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** People of a test business: users with an access role and, when asked, a staff profile. */
record Crew(TestTenants.Opened tenant, Http owner) {

    /** A member of staff: their user, their profile (null when none) and their logged-in client. */
    record Member(String userId, String staffId, Http http) {
    }

    Member user(String role, String displayName) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.slug() + ".test";
        Http.Response created = owner.post("/api/v1/users",
                new CreateUserRequest(email, TestTenants.PASSWORD, List.of(role), null, displayName, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http.Response login = TestTenants.login(owner.withoutHeaders(), tenant.slug(), email, TestTenants.PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new Member(created.json().get("id").asString(), null,
                owner.withoutHeaders().withToken(login.json().get("access_token").asString()));
    }

    Member staff(String role, String staffRole, String rate) {
        return profile(user(role, null), staffRole, rate);
    }

    Member profile(Member user, String staffRole, String rate) {
        Http.Response created = owner.post("/api/v1/workforce/staff",
                new StaffRequest(UUID.fromString(user.userId()), staffRole, new BigDecimal(rate), null, null, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Member(user.userId(), created.json().get("id").asString(), user.http());
    }
}
