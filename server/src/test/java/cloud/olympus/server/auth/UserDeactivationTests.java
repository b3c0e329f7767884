package cloud.olympus.server.auth;

import static cloud.olympus.server.support.CustomerBuilder.named;
import static cloud.olympus.server.support.UserRequests.newRoles;
import static cloud.olympus.server.support.UserRequests.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.auth.web.DeviceController.RegisterRequest;
import cloud.olympus.server.auth.web.PinController.SetPinRequest;
import cloud.olympus.server.auth.web.PinLoginController.PinLoginRequest;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.workforce.web.StaffController.StaffRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Deactivating a user: they can no longer log in by any way, their sessions end at once, they leave
 * the lists of who may switch in and who is planned, and what they did keeps their name; the rules
 * on who may do it, and reactivating.
 */
class UserDeactivationTests extends ApiTest {

    private static final String PIN = "2580";

    @Autowired
    UserAccounts accounts;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aDeactivatedUserCannotLogInAndTheirSessionsEndAtOnce() {
        var tenant = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        String till = owner.post("/api/v1/devices", new RegisterRequest("Till", null)).json().get("token").asString();
        String email = "dee@" + tenant.slug() + ".test";
        String id = owner.post("/api/v1/users", user(email, "cashier")).json().get("id").asString();
        Http.Response login = TestTenants.login(http(), tenant.slug(), email, TestTenants.PASSWORD);
        String access = login.json().get("access_token").asString();
        String refresh = login.json().get("refresh_token").asString();
        assertThat(http(access).put("/api/v1/users/me/pin", new SetPinRequest(PIN, TestTenants.PASSWORD)).status()).isEqualTo(204);
        assertThat(http(access).post("/api/v1/customers", named("Ada")).status()).isEqualTo(201);
        assertThat(pinHolders(till)).contains(id);
        // A second session, opened with the PIN on the till.
        String pinRefresh = terminal(till).post("/api/v1/auth/pin", new PinLoginRequest(UUID.fromString(id), PIN)).json()
                .get("refresh_token").asString();

        Http.Response deactivated = owner.post("/api/v1/users/" + id + "/deactivate", null);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("deactivated_at").isNull()).isFalse();

        Http.Response ended = http(access).post("/api/v1/customers", named("Grace"));
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.problemType()).isEqualTo("invalid-token");
        assertThat(http().post("/api/v1/auth/refresh", new RefreshRequest(refresh)).status()).isEqualTo(401);
        assertThat(http().post("/api/v1/auth/refresh", new RefreshRequest(pinRefresh)).status()).isEqualTo(401);
        Http.Response password = TestTenants.login(http(), tenant.slug(), email, TestTenants.PASSWORD);
        assertThat(password.status()).isEqualTo(401);
        assertThat(password.problemType()).isEqualTo("invalid-credentials");
        assertThat(terminal(till).post("/api/v1/auth/pin", new PinLoginRequest(UUID.fromString(id), PIN)).status()).isEqualTo(401);
        assertThat(pinHolders(till)).doesNotContain(id);

        // Still a user: listed as inactive, their name kept.
        JsonNode listed = owner.get("/api/v1/users?limit=100").json().get("data").valueStream()
                .filter(u -> u.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("active").asBoolean()).isFalse();
        assertThat(owner.get("/api/v1/users/" + id).json().get("email").asString()).isEqualTo(email);
        // Deactivating again changes nothing.
        assertThat(owner.post("/api/v1/users/" + id + "/deactivate", null).status()).isEqualTo(200);

        Http.Response reactivated = owner.post("/api/v1/users/" + id + "/reactivate", null);
        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.json().get("active").asBoolean()).isTrue();
        assertThat(http().post("/api/v1/auth/refresh", new RefreshRequest(refresh)).status()).isEqualTo(401);
        assertThat(TestTenants.login(http(), tenant.slug(), email, TestTenants.PASSWORD).status()).isEqualTo(200);
        assertThat(pinHolders(till)).contains(id);

        await().atMost(Duration.ofSeconds(20)).until(() -> owner.get("/api/v1/audit?action=user.reactivated&subject=" + id)
                .json().get("data").size() == 1);
        JsonNode audit = owner.get("/api/v1/audit?action=user.deactivated&subject=" + id).json().get("data");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("after").get("active").asBoolean()).isFalse();
        assertThat(audit.get(0).get("actor_id").asString()).isEqualTo(owner.get("/api/v1/users/me").json().get("id").asString());
    }

    @Test
    void aDeactivatedPersonLeavesTheStaffPlannedButKeepsTheirProfile() {
        var tenant = openTenant("restaurant", "professional");
        Http owner = http(tenant.accessToken());
        Http.Response created = owner.post("/api/v1/users", user("cook@" + tenant.slug() + ".test", "kitchen"));
        String id = created.json().get("id").asString();
        Http.Response profile = owner.post("/api/v1/workforce/staff",
                new StaffRequest(UUID.fromString(id), "cook", new BigDecimal("18"), null, null, null));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(201);
        String staffId = profile.json().get("id").asString();
        assertThat(staffIds(owner, false)).contains(staffId);

        assertThat(owner.post("/api/v1/users/" + id + "/deactivate", null).status()).isEqualTo(200);

        assertThat(staffIds(owner, false)).doesNotContain(staffId);
        JsonNode kept = owner.get("/api/v1/workforce/staff/" + staffId).json();
        assertThat(kept.get("user_active").asBoolean()).isFalse();
        assertThat(kept.get("active").asBoolean()).isTrue();
        assertThat(kept.get("email").asString()).isEqualTo("cook@" + tenant.slug() + ".test");
        assertThat(staffIds(owner, true)).contains(staffId);
    }

    @Test
    void nobodyDeactivatesThemselvesAndOnlyOwnersDeactivateOwners() {
        var tenant = openTenant("salon", "starter");
        Http owner = http(tenant.accessToken());
        String ownerId = owner.get("/api/v1/users/me").json().get("id").asString();
        Http admin = http(TestTenants.addUserAndLogin(owner, tenant.slug(), "admin"));
        String adminId = admin.get("/api/v1/users/me").json().get("id").asString();

        Http.Response self = admin.post("/api/v1/users/" + adminId + "/deactivate", null);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("reason").asString()).isEqualTo("self");
        assertThat(owner.post("/api/v1/users/" + ownerId + "/deactivate", null).status()).isEqualTo(403);
        Http.Response ownerByAdmin = admin.post("/api/v1/users/" + ownerId + "/deactivate", null);
        assertThat(ownerByAdmin.status()).isEqualTo(403);
        assertThat(ownerByAdmin.problemType()).isEqualTo("forbidden");
        assertThat(owner.get("/api/v1/users/" + ownerId).json().get("active").asBoolean()).isTrue();
        // An admin deactivates and reactivates those below an owner.
        String cashierId = owner.post("/api/v1/users", user("c@" + tenant.slug() + ".test", "cashier")).json().get("id").asString();
        assertThat(admin.post("/api/v1/users/" + cashierId + "/deactivate", null).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/users/" + cashierId + "/reactivate", null).status()).isEqualTo(200);
    }

    @Test
    void theLastActiveOwnerStays() {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        String ownerId = owner.get("/api/v1/users/me").json().get("id").asString();
        String secondId = owner.post("/api/v1/users", user("second@" + tenant.slug() + ".test", "owner")).json().get("id").asString();
        assertThat(owner.post("/api/v1/users/" + secondId + "/deactivate", null).status()).isEqualTo(200);

        // A deactivated owner does not count: this one is the last active owner.
        Http.Response removal = owner.delete("/api/v1/users/" + ownerId);
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.json().get("reason").asString()).isEqualTo("last_owner");
        assertThat(owner.patch("/api/v1/users/" + ownerId, newRoles("admin")).status()).isEqualTo(409);
        // An owner acting for this business from elsewhere is not one of its users, and still cannot deactivate its last owner.
        Caller fromElsewhere = new Caller(UUID.randomUUID(), tenant.id(), tenant.id(), Set.of(Role.OWNER));
        assertThatThrownBy(() -> TenantContext.callAs(tenant.id(), () -> accounts.deactivate(fromElsewhere, UUID.fromString(ownerId))))
                .isInstanceOf(Conflict.class).hasMessageContaining("active owner");
        assertThat(owner.get("/api/v1/users/me").status()).isEqualTo(200);

        assertThat(owner.post("/api/v1/users/" + secondId + "/reactivate", null).status()).isEqualTo(200);
        Http second = http(TestTenants.login(http(), tenant.slug(), "second@" + tenant.slug() + ".test", TestTenants.PASSWORD)
                .json().get("access_token").asString());
        assertThat(second.post("/api/v1/users/" + ownerId + "/deactivate", null).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void twoOwnersDeactivatingEachOtherAtOnceLeaveOneActiveOwner() throws Exception {
        var tenant = openTenant("retail", "starter");
        Http owner = http(tenant.accessToken());
        UUID first = UUID.fromString(owner.get("/api/v1/users/me").json().get("id").asString());
        UUID second = UUID.fromString(owner.post("/api/v1/users", user("other@" + tenant.slug() + ".test", "owner")).json()
                .get("id").asString());
        // Each deactivates the other and holds its transaction open until the other has done the same (or
        // could not, for a while): without taking turns, both would count the other as still active.
        CountDownLatch bothDone = new CountDownLatch(2);
        Callable<Boolean> byFirst = () -> deactivateAndWait(tenant.id(), first, second, bothDone);
        Callable<Boolean> bySecond = () -> deactivateAndWait(tenant.id(), second, first, bothDone);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> done = threads.invokeAll(List.of(byFirst, bySecond), 60, TimeUnit.SECONDS);
            assertThat(done.get(0).get() ^ done.get(1).get()).as("exactly one deactivation goes through").isTrue();
        } finally {
            threads.shutdownNow();
        }
        Boolean firstActive = TenantContext.callAs(tenant.id(), () -> accounts.find(first).orElseThrow().active());
        Boolean secondActive = TenantContext.callAs(tenant.id(), () -> accounts.find(second).orElseThrow().active());
        assertThat(firstActive ^ secondActive).as("one owner stays active").isTrue();
    }

    /** Deactivates {@code target} as {@code by}; true if that went through, false if refused as the last owner. */
    private boolean deactivateAndWait(UUID tenant, UUID by, UUID target, CountDownLatch bothDone) throws Exception {
        Caller caller = new Caller(by, tenant, tenant, Set.of(Role.OWNER));
        try {
            return TenantContext.callAs(tenant, () -> tx.execute(status -> {
                accounts.deactivate(caller, target);
                bothDone.countDown();
                try {
                    bothDone.await(3, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }));
        } catch (Conflict lastOwner) {
            bothDone.countDown();
            return false;
        }
    }

    @Test
    void wrongRolesOtherBusinessesAndBadIdsAreRefused() {
        var tenant = openTenant("restaurant", "starter");
        var other = openTenant("restaurant", "starter");
        Http owner = http(tenant.accessToken());
        String cashierId = owner.post("/api/v1/users", user("c@" + tenant.slug() + ".test", "cashier")).json().get("id").asString();
        Http manager = http(TestTenants.addUserAndLogin(owner, tenant.slug(), "manager"));
        Http.Response byManager = manager.post("/api/v1/users/" + cashierId + "/deactivate", null);
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(byManager.problemType()).isEqualTo("forbidden");
        assertThat(manager.post("/api/v1/users/" + cashierId + "/reactivate", null).status()).isEqualTo(403);

        Http theirs = http(other.accessToken());
        assertThat(theirs.post("/api/v1/users/" + cashierId + "/deactivate", null).status()).isEqualTo(404);
        assertThat(theirs.post("/api/v1/users/" + cashierId + "/reactivate", null).status()).isEqualTo(404);
        assertThat(owner.post("/api/v1/users/" + UUID.randomUUID() + "/deactivate", null).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/users/" + cashierId).json().get("active").asBoolean()).isTrue();

        for (String bad : new String[] {"not-an-id", "%00", "1e1000000"}) {
            Http.Response answer = owner.post("/api/v1/users/" + bad + "/deactivate", null);
            assertThat(answer.status()).as(bad + ": " + answer).isEqualTo(400);
        }
    }

    private java.util.List<String> pinHolders(String till) {
        return terminal(till).get("/api/v1/auth/pin/staff").json().get("data").valueStream()
                .map(p -> p.get("user_id").asString()).toList();
    }

    private static java.util.List<String> staffIds(Http as, boolean all) {
        return as.get("/api/v1/workforce/staff" + (all ? "?include_inactive=true" : "")).json().get("data").valueStream()
                .map(s -> s.get("id").asString()).toList();
    }

    private Http terminal(String token) {
        return http().withHeader("X-Device-Token", token);
    }
}
