package cloud.olympus.server.auth;

import static cloud.olympus.server.support.UserRequests.newPassword;
import static cloud.olympus.server.support.UserRequests.newRoles;
import static cloud.olympus.server.support.UserRequests.user;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.auth.web.UserController.CreateUserRequest;
import cloud.olympus.server.auth.web.UserController.UpdateUserRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserManagementTests extends ApiTest {

    @Test
    void eachUserSeesWhatTheyMayDo() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        Http cashier = http(TestTenants.addUserAndLogin(owner, tenant.slug(), "cashier"));
        Http kitchen = http(TestTenants.addUserAndLogin(owner, tenant.slug(), "kitchen"));
        assertThat(permissions(cashier)).contains("sale_record", "payment_take", "customer_edit", "open_price_enter")
                .doesNotContain("order_refund", "discount_apply", "user_admin");
        assertThat(permissions(kitchen)).containsExactlyInAnyOrder("alert_view", "catalogue_view", "order_prepare", "order_view",
                "schedule_view", "time_clock",
                "tenant_view");
        assertThat(permissions(owner)).hasSize(cloud.olympus.model.auth.Permission.values().length);
    }

    private static List<String> permissions(Http as) {
        return as.get("/api/v1/users/me").json().get("permissions").valueStream().map(n -> n.asString()).toList();
    }

    @Test
    void ownersCreateReadUpdateAndDeleteUsers() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        Http.Response created = owner.post("/api/v1/users", new CreateUserRequest("Ana@" + tenant.slug().toUpperCase() + ".TEST",
                TestTenants.PASSWORD, List.of("cashier", "server"), null, "Ana", Map.of("employee_no", "E-7")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/users/" + id);
        assertThat(created.json().get("email").asString()).isEqualTo("ana@" + tenant.slug() + ".test");
        assertThat(created.json().get("roles").values()).extracting(n -> n.asString()).containsExactly("cashier", "server");
        assertThat(created.json().has("password_hash")).isFalse();

        Http.Response updated = owner.patch("/api/v1/users/" + id,
                new UpdateUserRequest(null, List.of("manager"), "+1 555 0100", null, null));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("roles").get(0).asString()).isEqualTo("manager");
        assertThat(updated.json().get("display_name").asString()).isEqualTo("Ana");
        assertThat(owner.get("/api/v1/users/" + id).json().get("phone").asString()).isEqualTo("+1 555 0100");

        assertThat(owner.delete("/api/v1/users/" + id).status()).isEqualTo(204);
        assertThat(owner.get("/api/v1/users/" + id).status()).isEqualTo(404);
        assertThat(owner.delete("/api/v1/users/" + id).status()).isEqualTo(404);
    }

    @Test
    void listsArePagedByCursor() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        for (int i = 0; i < 4; i++) {
            owner.post("/api/v1/users", user("u" + i + "@" + tenant.slug() + ".test", "cashier"));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Response page = owner.get("/api/v1/users?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("data").forEach(u -> seen.add(u.get("email").asString()));
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
        assertThat(owner.get("/api/v1/users?limit=0").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/users?limit=1000").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/users?cursor=@@@").status()).isEqualTo(400);
    }

    @Test
    void staffRolesCannotManageUsers() {
        var tenant = openTenant("restaurant", "starter");
        String cashier = TestTenants.addUserAndLogin(http(tenant.accessToken()), tenant.slug(), "cashier");
        String manager = TestTenants.addUserAndLogin(http(tenant.accessToken()), tenant.slug(), "manager");
        for (String token : List.of(cashier, manager)) {
            Http.Response list = http(token).get("/api/v1/users");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.problemType()).isEqualTo("forbidden");
            assertThat(http(token).post("/api/v1/users", user("x@" + tenant.slug() + ".test", "cashier")).status()).isEqualTo(403);
        }
        assertThat(http(cashier).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void adminsCannotAppointOrTouchOwners() {
        var tenant = openTenant("salon", "starter");
        Http owner = http(tenant.accessToken());
        String admin = TestTenants.addUserAndLogin(owner, tenant.slug(), "admin");
        Http.Response appoint = http(admin).post("/api/v1/users", user("boss@" + tenant.slug() + ".test", "owner"));
        assertThat(appoint.status()).isEqualTo(403);
        String ownerId = owner.get("/api/v1/users/me").json().get("id").asString();
        assertThat(http(admin).delete("/api/v1/users/" + ownerId).status()).isEqualTo(403);
        assertThat(http(admin).patch("/api/v1/users/" + ownerId, newRoles("cashier")).status()).isEqualTo(403);
        assertThat(http(admin).post("/api/v1/users", user("new@" + tenant.slug() + ".test", "cashier")).status()).isEqualTo(201);
    }

    @Test
    void theLastOwnerCannotBeRemovedOrDemoted() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        String ownerId = owner.get("/api/v1/users/me").json().get("id").asString();
        Http.Response removal = owner.delete("/api/v1/users/" + ownerId);
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.problemType()).isEqualTo("conflict");
        assertThat(owner.patch("/api/v1/users/" + ownerId, newRoles("admin")).status()).isEqualTo(409);

        owner.post("/api/v1/users", user("second@" + tenant.slug() + ".test", "owner"));
        assertThat(owner.patch("/api/v1/users/" + ownerId, newRoles("admin")).status()).isEqualTo(200);
    }

    @Test
    void duplicateEmailsUnknownRolesAndMissingFieldsAreRefused() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        Http.Response duplicate = owner.post("/api/v1/users", Map.of("email", tenant.ownerEmail().toUpperCase(),
                "password", TestTenants.PASSWORD, "roles", List.of("cashier")));
        assertThat(duplicate.status()).isEqualTo(409);

        Http.Response unknownRole = owner.post("/api/v1/users", Map.of("email", "r@" + tenant.slug() + ".test",
                "password", TestTenants.PASSWORD, "roles", List.of("emperor")));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().get("detail").asString()).contains("emperor");

        Http.Response missing = owner.post("/api/v1/users", Map.of("password", "short"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemType()).isEqualTo("validation-failed");
        assertThat(missing.json().get("errors").findValuesAsString("field")).contains("email", "password", "roles");

        Http.Response badEmail = owner.post("/api/v1/users", Map.of("email", "not-an-email",
                "password", TestTenants.PASSWORD, "roles", List.of("cashier")));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void aNewPasswordEndsTheUsersSessions() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        String email = "pw@" + tenant.slug() + ".test";
        String id = owner.post("/api/v1/users", user(email, "cashier")).json().get("id").asString();
        String refresh = TestTenants.login(http(), tenant.slug(), email, TestTenants.PASSWORD).json().get("refresh_token").asString();

        assertThat(owner.patch("/api/v1/users/" + id, newPassword("a-brand-new-secret")).status()).isEqualTo(200);
        assertThat(http().post("/api/v1/auth/refresh", new RefreshRequest(refresh)).status()).isEqualTo(401);
        assertThat(TestTenants.login(http(), tenant.slug(), email, TestTenants.PASSWORD).status()).isEqualTo(401);
        assertThat(TestTenants.login(http(), tenant.slug(), email, "a-brand-new-secret").status()).isEqualTo(200);
    }
}
