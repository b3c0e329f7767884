package cloud.olympus.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every route of the API document, called by every role, against the access table: a role whose
 * permissions include the route's gets past the door (and, asking for another business's record,
 * finds nothing: 404), any other gets 403 before its request is even read. No route is left out.
 */
class AccessTableTests extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() {
        TestShop ours = openShop("restaurant");
        Map<Role, Http> as = new EnumMap<>(Role.class);
        as.put(Role.OWNER, ours.owner());
        for (Role role : Role.values()) {
            if (role != Role.OWNER) {
                as.put(role, http(TestTenants.addUserAndLogin(ours.owner(), ours.tenant().slug(), role.wireName())));
            }
        }
        // Records of another business, which no one here may reach.
        TestShop theirs = openShop("retail");
        String item = theirs.item("THEIRS", "5.00", 10);
        Map<String, String> ids = Map.of(
                "/api/v1/orders/", theirs.placed(item, 1).get("id").asString(),
                "/api/v1/inventory/items/", item,
                "/api/v1/customers/", theirs.customer("Theirs"),
                "/api/v1/users/", theirs.owner().get("/api/v1/users/me").json().get("id").asString(),
                "/api/v1/inventory/alerts/", UUID.randomUUID().toString());

        JsonNode paths = http().get("/v3/api-docs").json().get("paths");
        List<String> walked = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/admin/")) {
                continue;
            }
            for (String method : paths.get(path).propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = paths.get(path).get(method);
                String route = method.toUpperCase() + " " + path;
                boolean anyUser = operation.has("x-any-user");
                Permission needed = operation.has("x-permission")
                        ? Permission.fromWireName(operation.get("x-permission").asString()).orElseThrow() : null;
                softly.assertThat(anyUser || needed != null).as(route + " says who may call it").isTrue();
                String concrete = concrete(path, ids);
                for (Role role : Role.values()) {
                    Http.Response answer = as.get(role).withHeader("Idempotency-Key", UUID.randomUUID().toString())
                            .send(method.toUpperCase(), concrete, method.equals("get") || method.equals("delete") ? null : "{}",
                                    "application/json");
                    String what = route + " as " + role.wireName() + ": " + answer;
                    boolean allowed = anyUser || AccessPolicy.allows(List.of(role), needed);
                    boolean withApproval = !allowed && operation.has("x-or-approval")
                            && AccessPolicy.allows(List.of(role), Permission.ORDER_CREATE);
                    if (withApproval) {
                        // Who may ask a manager gets past the door, and is refused without an approval to spend.
                        softly.assertThat(answer.status()).as(what).isIn(400, 403);
                    } else if (allowed) {
                        softly.assertThat(answer.status()).as(what).isNotIn(401, 403).isLessThan(500);
                        if (!concrete.equals(path) && method.equals("get")) {
                            softly.assertThat(answer.status()).as(what + " (another business's record)").isEqualTo(404);
                        }
                    } else {
                        softly.assertThat(answer.status()).as(what).isEqualTo(403);
                        softly.assertThat(answer.problemType()).as(what).isEqualTo("forbidden");
                    }
                }
                walked.add(route);
            }
        }
        softly.assertThat(walked).as("routes walked").hasSizeGreaterThan(30);
        softly.assertAll();
    }

    /**
     * The API guide's two tables, permissions by role and the permission of each endpoint, say what
     * the code does: a new endpoint or a changed grant without its line there fails here.
     */
    @Test
    void theApiGuideTablesMatchTheAccessTableAndTheDocument() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "api.md"));
        List<Role> columns = List.of(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.CASHIER, Role.SERVER, Role.KITCHEN);
        List<String> byRole = rows(guide, "permissions-by-role");
        assertThat(byRole).hasSize(Permission.values().length);
        for (String row : byRole) {
            String[] cells = row.split("\\|", -1);
            Permission permission = Permission.fromWireName(cells[1].trim().replace("`", "")).orElseThrow();
            for (int i = 0; i < columns.size(); i++) {
                assertThat(cells[3 + i].trim().equals("✓")).as(permission.wireName() + " for " + columns.get(i).wireName())
                        .isEqualTo(AccessPolicy.allows(List.of(columns.get(i)), permission));
            }
        }
        JsonNode paths = http().get("/v3/api-docs").json().get("paths");
        List<String> expected = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/admin/")) {
                continue;
            }
            for (String method : paths.get(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    JsonNode operation = paths.get(path).get(method);
                    expected.add("`" + method.toUpperCase() + " " + path.substring("/api/v1".length()) + "` | "
                            + (operation.has("x-permission") ? "`" + operation.get("x-permission").asString() + "`"
                            : "every logged-in user"));
                }
            }
        }
        List<String> documented = rows(guide, "endpoint-permissions").stream()
                .map(r -> r.substring(1, r.length() - 1).trim()).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> rows(String guide, String table) {
        String part = guide.substring(guide.indexOf("<!-- " + table + " -->"), guide.indexOf("<!-- /" + table + " -->"));
        return part.lines().filter(l -> l.startsWith("| `")).toList();
    }

    /** The path with another business's ids (or a category name) in place of its variables. */
    private static String concrete(String path, Map<String, String> ids) {
        String concrete = path.replace("{name}", "Drinks").replace("{code}", "bartender");
        for (var entry : ids.entrySet()) {
            concrete = concrete.replace(entry.getKey() + "{id}", entry.getKey() + entry.getValue());
        }
        return concrete.replace("{id}", UUID.randomUUID().toString());
    }
}
