package cloud.olympus.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController.RefreshRequest;
import cloud.olympus.server.auth.web.DeviceController.RegisterRequest;
import cloud.olympus.server.auth.web.PinController.SetPinRequest;
import cloud.olympus.server.auth.web.PinLoginController.PinLoginRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Shared terminals and PINs over HTTP: a manager registers a terminal and sees its token once;
 * people set their own PIN; on the terminal they switch in with it and get a session carrying the
 * terminal; wrong PINs are slowed down and the fifth in a row locks the PIN until a manager unlocks
 * it; another business's terminal, a revoked or unknown one gets nobody in.
 */
class DeviceAndPinTests extends ApiTest {

    private static final String PIN = "2580";

    /** A person of the shop: their id and their own logged-in client. */
    record Person(UUID id, Http http) {
    }

    @Test
    void aTerminalIsRegisteredListedWithoutItsTokenAndRevoked() {
        TestShop shop = openShop("restaurant");
        Person manager = person(shop, "manager");
        Http.Response registered = manager.http().post("/api/v1/devices", new RegisterRequest("Till 1", null));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonNode device = registered.json();
        String token = device.get("token").asString();
        assertThat(token).startsWith("odt_").hasSize(68);
        assertThat(device.get("location_id").asString()).isEqualTo(shop.tenant().id().toString());
        assertThat(device.get("registered_by").asString()).isEqualTo(manager.id().toString());
        assertThat(device.get("revoked_at").isNull()).isTrue();

        assertThat(terminal(token).get("/api/v1/auth/pin/staff").status()).isEqualTo(200);
        JsonNode listed = manager.http().get("/api/v1/devices").json().get("data");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("token")).isFalse();
        assertThat(listed.get(0).get("last_used_at").isNull()).isFalse();

        assertThat(manager.http().delete("/api/v1/devices/" + device.get("id").asString()).status()).isEqualTo(204);
        Http.Response refused = terminal(token).get("/api/v1/auth/pin/staff");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("invalid-token");
        assertThat(manager.http().get("/api/v1/devices").json().get("data").get(0).get("revoked_at").isNull()).isFalse();
        assertThat(manager.http().delete("/api/v1/devices/" + device.get("id").asString()).status()).isEqualTo(204);
    }

    @Test
    void aTillLearnsWhichTerminalItsTokenIs() {
        TestShop shop = openShop("restaurant");
        Person manager = person(shop, "manager");
        Person cashier = person(shop, "cashier");
        JsonNode device = manager.http().post("/api/v1/devices", new RegisterRequest("Bar till", null)).json();
        String token = device.get("token").asString();

        Http.Response current = cashier.http().withHeader("X-Device-Token", token).get("/api/v1/devices/current");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().get("id").asString()).isEqualTo(device.get("id").asString());
        assertThat(current.json().get("name").asString()).isEqualTo("Bar till");
        assertThat(current.json().get("location_id").asString()).isEqualTo(shop.tenant().id().toString());
        assertThat(current.json().has("token")).isFalse();

        Http.Response none = cashier.http().get("/api/v1/devices/current");
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(none.json().get("field").asString()).isEqualTo("X-Device-Token");
        for (String bad : List.of("odt_nonsense", "not-a-token", "odt_" + "A".repeat(64))) {
            Http.Response refused = cashier.http().withHeader("X-Device-Token", bad).get("/api/v1/devices/current");
            assertThat(refused.status()).as(bad + ": " + refused).isIn(400, 401);
        }
        assertThat(cashier.http().withHeader("X-Device-Token", "odt_nonsense").get("/api/v1/devices/current").problemType())
                .isEqualTo("invalid-token");
        assertThat(terminal(token).get("/api/v1/devices/current").status()).as("needs a login").isEqualTo(401);

        TestShop other = openShop("retail");
        Http.Response theirs = other.owner().withHeader("X-Device-Token", token).get("/api/v1/devices/current");
        assertThat(theirs.status()).as("another business's till: " + theirs).isEqualTo(403);

        assertThat(manager.http().delete("/api/v1/devices/" + device.get("id").asString()).status()).isEqualTo(204);
        Http.Response revoked = cashier.http().withHeader("X-Device-Token", token).get("/api/v1/devices/current");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.problemType()).isEqualTo("invalid-token");
    }

    @Test
    void aPinIsFourToSixDigitsNotTooEasyAndNeedsThePassword() {
        TestShop shop = openShop("retail");
        Person cashier = person(shop, "cashier");
        for (String bad : List.of("123", "1234567", "12a4", "", " 2580", "25\u00000", "0000", "1234", "123456", "9876", "4321",
                "777777")) {
            Http.Response answer = cashier.http().put("/api/v1/users/me/pin", new SetPinRequest(bad, TestTenants.PASSWORD));
            assertThat(answer.status()).as(bad + ": " + answer).isEqualTo(400);
            assertThat(answer.problemType()).as(bad).isIn("validation-failed", "malformed-request");
        }
        Http.Response wrongPassword = cashier.http().put("/api/v1/users/me/pin", new SetPinRequest(PIN, "not-my-password"));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.json().get("field").asString()).isEqualTo("password");
        assertThat(cashier.http().put("/api/v1/users/me/pin", new SetPinRequest(PIN, TestTenants.PASSWORD)).status())
                .isEqualTo(204);
        assertThat(cashier.http().put("/api/v1/users/me/pin", new SetPinRequest("013579", TestTenants.PASSWORD)).status())
                .isEqualTo(204);
        assertThat(http().put("/api/v1/users/me/pin", new SetPinRequest(PIN, TestTenants.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void aRightPinAnswersATokenPairCarryingTheTerminal() {
        TestShop shop = openShop("restaurant");
        String token = register(shop.owner(), "Bar till");
        Person cashier = withPin(shop, "cashier");
        JsonNode staff = terminal(token).get("/api/v1/auth/pin/staff").json().get("data");
        assertThat(staff).hasSize(1);
        assertThat(staff.get(0).get("user_id").asString()).isEqualTo(cashier.id().toString());
        assertThat(staff.get(0).get("display_name").asString()).isNotBlank();
        assertThat(staff.get(0).get("locked").asBoolean()).isFalse();

        Http.Response login = terminal(token).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String access = login.json().get("access_token").asString();
        String deviceId = deviceIdOf(shop.owner());
        assertThat(claims(access).get("did").asString()).isEqualTo(deviceId);
        assertThat(claims(access).get("sub").asString()).isEqualTo(cashier.id().toString());
        assertThat(http(access).get("/api/v1/users/me").json().get("id").asString()).isEqualTo(cashier.id().toString());

        Http.Response refreshed = http().post("/api/v1/auth/refresh", new RefreshRequest(login.json().get("refresh_token").asString()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(claims(refreshed.json().get("access_token").asString()).get("did").asString()).isEqualTo(deviceId);
        // A password login carries no terminal.
        assertThat(claims(shop.tenant().accessToken()).has("did")).isFalse();
    }

    @Test
    void wrongPinsAreRefusedThenSlowedDownPerTerminalAndPerson() {
        TestShop shop = openShop("retail");
        String token = register(shop.owner(), "Till");
        Person cashier = withPin(shop, "cashier");
        for (int i = 0; i < 3; i++) {
            Http.Response wrong = terminal(token).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), "1357"));
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("invalid-credentials");
        }
        Http.Response slowed = terminal(token).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN));
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.problemType()).isEqualTo("rate-limited");
        assertThat(Integer.parseInt(slowed.header("Retry-After"))).isPositive();
        // Another terminal is a bucket of its own.
        String other = register(shop.owner(), "Other till");
        assertThat(terminal(other).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN)).status()).isEqualTo(200);
    }

    @Test
    void theFifthWrongPinInARowLocksItUntilAManagerUnlocksIt() {
        TestShop shop = openShop("restaurant");
        List<String> tills = List.of(register(shop.owner(), "A"), register(shop.owner(), "B"), register(shop.owner(), "C"));
        Person cashier = withPin(shop, "cashier");
        // Wrong twice, then right: the count starts again.
        wrong(tills.get(2), cashier, 2);
        assertThat(terminal(tills.get(2)).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN)).status())
                .isEqualTo(200);
        wrong(tills.get(0), cashier, 3);
        wrong(tills.get(1), cashier, 1);
        Http.Response locking = terminal(tills.get(1)).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), "1357"));
        assertThat(locking.status()).as(locking.toString()).isEqualTo(423);
        assertThat(locking.problemType()).isEqualTo("pin-locked");
        Http.Response stillLocked = terminal(tills.get(2)).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN));
        assertThat(stillLocked.status()).isEqualTo(423);
        assertThat(terminal(tills.get(2)).get("/api/v1/auth/pin/staff").json().get("data").get(0).get("locked").asBoolean())
                .isTrue();

        Person colleague = person(shop, "cashier");
        assertThat(colleague.http().post("/api/v1/users/" + cashier.id() + "/pin/unlock", null).status()).isEqualTo(403);
        Person manager = person(shop, "manager");
        assertThat(manager.http().post("/api/v1/users/" + cashier.id() + "/pin/unlock", null).status()).isEqualTo(204);
        assertThat(terminal(register(shop.owner(), "D")).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN)).status())
                .isEqualTo(200);
        assertThat(manager.http().post("/api/v1/users/" + colleague.id() + "/pin/unlock", null).status()).isEqualTo(404);
    }

    @Test
    void onlyTheTerminalsOwnBusinessGetsIn() {
        TestShop ours = openShop("retail");
        TestShop theirs = openShop("retail");
        Person cashier = withPin(ours, "cashier");
        String theirTill = register(theirs.owner(), "Their till");
        Http.Response foreign = terminal(theirTill).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN));
        assertThat(foreign.status()).isEqualTo(401);
        assertThat(foreign.problemType()).isEqualTo("invalid-credentials");
        assertThat(terminal(theirTill).get("/api/v1/auth/pin/staff").json().get("data")).isEmpty();

        // A token whose business part names ours but whose secret is theirs, an unknown one, none at all.
        String ourTill = register(ours.owner(), "Our till");
        String swapped = ourTill.substring(0, 26) + theirTill.substring(26);
        for (Http terminal : List.of(terminal(swapped), terminal("odt_" + "A".repeat(64)), terminal("not-a-token"), http(),
                http().withHeader("X-Device-Token", ""))) {
            Http.Response refused = terminal.post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.problemType()).isEqualTo("invalid-token");
        }
        // Someone without a PIN, and someone removed, get what a wrong PIN gets.
        Person noPin = person(ours, "server");
        Person removed = withPin(ours, "cashier");
        assertThat(ours.owner().delete("/api/v1/users/" + removed.id()).status()).isEqualTo(204);
        for (Person person : List.of(noPin, removed)) {
            Http.Response refused = terminal(ourTill).post("/api/v1/auth/pin", new PinLoginRequest(person.id(), PIN));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.problemType()).isEqualTo("invalid-credentials");
        }
    }

    @Test
    void anotherBusinessesTerminalsAndPinsAreNotThere() {
        TestShop ours = openShop("retail");
        TestShop theirs = openShop("retail");
        Person cashier = withPin(ours, "cashier");
        register(ours.owner(), "Our till");
        String ourDevice = deviceIdOf(ours.owner());
        assertThat(theirs.owner().get("/api/v1/devices").json().get("data")).isEmpty();
        for (Http.Response answer : List.of(theirs.owner().delete("/api/v1/devices/" + ourDevice),
                theirs.owner().post("/api/v1/users/" + cashier.id() + "/pin/unlock", null),
                theirs.owner().delete("/api/v1/users/" + cashier.id() + "/pin"))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("not-found");
        }
        assertThat(ours.owner().get("/api/v1/devices").json().get("data").get(0).get("revoked_at").isNull()).isTrue();
    }

    @Test
    void rolesDecideWhoManagesTerminalsAndRemovesPins() {
        TestShop shop = openShop("restaurant");
        Person cashier = withPin(shop, "cashier");
        Person manager = person(shop, "manager");
        Person admin = person(shop, "admin");
        assertThat(cashier.http().post("/api/v1/devices", new RegisterRequest("Mine", null)).status()).isEqualTo(403);
        assertThat(cashier.http().get("/api/v1/devices").status()).isEqualTo(403);
        String token = register(manager.http(), "Till");
        assertThat(cashier.http().delete("/api/v1/devices/" + deviceIdOf(manager.http())).status()).isEqualTo(403);
        Http.Response notAdmin = manager.http().delete("/api/v1/users/" + cashier.id() + "/pin");
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.problemType()).isEqualTo("forbidden");
        assertThat(admin.http().delete("/api/v1/users/" + cashier.id() + "/pin").status()).isEqualTo(204);
        assertThat(terminal(token).get("/api/v1/auth/pin/staff").json().get("data")).isEmpty();
        assertThat(terminal(token).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN)).status()).isEqualTo(401);
        assertThat(admin.http().delete("/api/v1/users/" + shop.owner().get("/api/v1/users/me").json().get("id").asString()
                + "/pin").status()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblem() {
        TestShop shop = openShop("retail");
        TestShop other = openShop("retail");
        String token = register(shop.owner(), "Till");
        for (Object body : List.of(new RegisterRequest("", null), new RegisterRequest("Till\u0000", null),
                new RegisterRequest("x".repeat(101), null), new RegisterRequest("Till", other.tenant().id()),
                Map.of("name", "Till", "location_id", "not-an-id"), Map.of("name", "Till", "token", "odt_mine"))) {
            Http.Response answer = shop.owner().post("/api/v1/devices", body);
            assertThat(answer.status()).as(body + ": " + answer).isEqualTo(400);
            assertThat(answer.problemType()).isIn("validation-failed", "malformed-request");
        }
        UUID someone = UUID.randomUUID();
        for (Object body : List.of(new PinLoginRequest(someone, "12ab"), new PinLoginRequest(someone, "12\u00003"),
                new PinLoginRequest(null, PIN), new PinLoginRequest(someone, "1234567"), Map.of("user_id", "x", "pin", PIN))) {
            Http.Response answer = terminal(token).post("/api/v1/auth/pin", body);
            assertThat(answer.status()).as(body + ": " + answer).isEqualTo(400);
        }
        assertThat(shop.owner().post("/api/v1/users/not-an-id/pin/unlock", null).status()).isEqualTo(400);
    }

    @Test
    void revokingATerminalEndsTheSessionsOpenedOnIt() {
        TestShop shop = openShop("restaurant");
        String token = register(shop.owner(), "Till");
        Person cashier = withPin(shop, "cashier");
        String access = terminal(token).post("/api/v1/auth/pin", new PinLoginRequest(cashier.id(), PIN)).json()
                .get("access_token").asString();
        assertThat(http(access).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(shop.owner().delete("/api/v1/devices/" + deviceIdOf(shop.owner())).status()).isEqualTo(204);
        Http.Response ended = http(access).get("/api/v1/users/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.problemType()).isEqualTo("invalid-token");
        // The person's own sessions elsewhere go on.
        assertThat(cashier.http().get("/api/v1/users/me").status()).isEqualTo(200);
    }

    private Person person(TestShop shop, String role) {
        Http as = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), role));
        return new Person(UUID.fromString(as.get("/api/v1/users/me").json().get("id").asString()), as);
    }

    private Person withPin(TestShop shop, String role) {
        Person person = person(shop, role);
        Http.Response set = person.http().put("/api/v1/users/me/pin", new SetPinRequest(PIN, TestTenants.PASSWORD));
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        return person;
    }

    private static String register(Http manager, String name) {
        Http.Response registered = manager.post("/api/v1/devices", new RegisterRequest(name, null));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("token").asString();
    }

    /** The newest terminal's id. */
    private static String deviceIdOf(Http manager) {
        return manager.get("/api/v1/devices").json().get("data").get(0).get("id").asString();
    }

    private Http terminal(String token) {
        return http().withHeader("X-Device-Token", token);
    }

    private void wrong(String token, Person person, int times) {
        for (int i = 0; i < times; i++) {
            Http.Response wrong = terminal(token).post("/api/v1/auth/pin", new PinLoginRequest(person.id(), "1357"));
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        }
    }

    private static JsonNode claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Http.JSON.readTree(payload);
    }
}
