package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.HostileValues;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every POST, PUT and PATCH of the OpenAPI document, fed bodies that are valid but for one or a few
 * hostile values, plus a fixed corpus of the cases that once broke the server. Whatever comes in:
 * no 5xx, no internals (class or library names) in an answer, errors as problem+json, and every
 * answer within a second.
 */
class HostileInputTests extends ApiTest {

    private static final int BODIES_PER_OPERATION = 40;
    private static final long SEED = 20261127L;
    private static final Duration PROMPT = Duration.ofSeconds(1);
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.postgresql|org\\.apache"
                    + "|cloud\\.olympus|Exception|PSQL|SQLState|Hikari|<html|\\bat [a-z]+\\.[a-z]+");
    /** Bodies are sent with every non-ASCII character escaped, so that lone surrogates travel too. */
    private static final JsonMapper WIRE = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Autowired
    DataSource appDataSource;

    @Autowired
    JsonMapper storedJson;

    @Test
    void everyWriteOperationSurvivesGeneratedHostileBodies() {
        World world = World.open(this);
        JsonNode document = http().get("/v3/api-docs").json();
        List<String> operations = new ArrayList<>();
        Random random = new Random(SEED);
        HostileValues hostile = new HostileValues(world.foreignIds());
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                if (!List.of("POST", "PUT", "PATCH").contains(method) || schema.isMissingNode()) {
                    continue;
                }
                operations.add(method + " " + path.getKey());
                Http as = path.getKey().startsWith("/api/v1/admin") ? world.admin() : world.owner();
                String target = world.fill(path.getKey());
                Bodies bodies = new Bodies(document, world, hostile, random);
                for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                    Map<String, Object> body = bodies.mutated(schema);
                    declared(operation.getValue(), check(as.withHeader("Idempotency-Key", UUID.randomUUID().toString()), method,
                            target, WIRE.writeValueAsString(body)));
                }
                for (String raw : HostileValues.hostileBodies()) {
                    declared(operation.getValue(), check(as, method, target, raw));
                }
            }
        }
        assertThat(operations).as("every write operation of the document was tried").hasSizeGreaterThanOrEqualTo(17)
                .contains("POST /api/v1/orders", "POST /api/v1/orders/{id}/payments", "POST /api/v1/auth/login");
    }

    @Test
    void theCasesThatOnceBrokeTheServerAreRefusedPolitely() {
        World world = World.open(this);
        Http owner = world.owner();
        String order = world.ids().get("order");
        String item = world.ids().get("item");
        String paymentPath = "/api/v1/orders/" + order + "/payments";
        List<Case> cases = List.of(
                new Case(owner, "POST", paymentPath, "{\"method\":\"card\",\"amount\":\"1.00\",\"tip\":\"1e1000000\"}", 400),
                new Case(owner, "POST", paymentPath, "{\"method\":\"cash\",\"amount\":1e1000000}", 400),
                new Case(owner, "POST", "/api/v1/inventory/items", "{\"sku\":\"A\",\"name\":\"A\",\"unit_price\":1e1000000}", 400),
                new Case(owner, "POST", "/api/v1/inventory/items", "{\"sku\":\"A\",\"name\":\"A\",\"unit_price\":1e20}", 400),
                new Case(owner, "POST", "/api/v1/inventory/items", "{\"sku\":\"A\",\"name\":\"A\",\"unit_price\":1e309}", 400),
                new Case(owner, "POST", "/api/v1/inventory/items", "{\"sku\":\"A\",\"name\":\"A\",\"unit_price\":\"1e999999999\"}", 400),
                new Case(owner, "POST", "/api/v1/orders", "{\"items\":[{\"product_id\":\"" + world.ids().get("open")
                        + "\",\"quantity\":1,\"unit_price\":1e1000000}]}", 400),
                new Case(owner, "POST", "/api/v1/orders", "[{\"items\":[]}]", 400),
                new Case(owner, "POST", "/api/v1/customers", "{\"first_name\":\"A\",\"preferences\":{\"a\":1e100000}}", 400),
                new Case(owner, "POST", "/api/v1/customers", "{\"first_name\":\"Ada\\u0000\"}", 400),
                new Case(owner, "POST", "/api/v1/orders", "{\"items\":[{\"product_id\":\"" + item
                        + "\",\"quantity\":1,\"notes\":\"no \\u0000 onions\"}]}", 400),
                new Case(http(), "POST", "/api/v1/auth/login",
                        "{\"tenant_slug\":\"bella\\u0000cucina\",\"email\":\"a@b.c\",\"password\":\"x\"}", 400),
                new Case(http(), "POST", "/api/v1/auth/login",
                        "{\"tenant_slug\":\"bella-cucina\",\"email\":\"a\\u0000@b.c\",\"password\":\"x\"}", 400),
                new Case(owner, "GET", "/api/v1/orders?to=-999999999-01-01", null, 400),
                new Case(owner, "GET", "/api/v1/orders?from=%2B1000000000-01-01T00:00:00Z", null, 400),
                new Case(owner, "GET", "/api/v1/inventory/catalogue?cursor=-999999999999999999999", null, 400),
                new Case(owner, "GET", "/api/v1/inventory/items?q=a%00b", null, 400),
                new Case(owner, "GET", "/api/v1/customers?tag=%07", null, 400),
                new Case(owner, "GET", "/api/v1/orders?limit=99999999999", null, 400),
                new Case(owner, "GET", "/api/v1/orders?cursor=%F0%9F%8D%95", null, 400),
                new Case(owner, "GET", "/api/v1/orders?location_id=north%00", null, 400),
                new Case(owner, "GET", "/api/v1/orders?location_id=1e1000000", null, 400),
                new Case(http(), "GET", "/error", null, 404),
                new Case(owner, "GET", "/api/v1/orders/a%2Fb", null, 400),
                new Case(owner, "GET", "/api/v1/orders/%C0%AF", null, 400),
                new Case(owner, "GET", "/api/v1/orders/not-a-uuid", null, 400),
                new Case(owner, "PATCH", "/api/v1/tenant", "{\"settings\":{\"loyalty\":{\"points_per_unit\":1e9}}}", 400),
                new Case(owner, "PATCH", "/api/v1/tenant", "{\"settings\":{\"tax_rates\":{\"standard\":1e-1000000}}}", 400),
                new Case(owner, "POST", "/api/v1/inventory/items/" + item + "/adjustments",
                        "{\"quantity_delta\":2147483647,\"reason\":\"receipt\"}", 400));
        for (Case c : cases) {
            Http.Response response = check(c.as(), c.method(), c.path(), c.body());
            assertThat(response.status()).as(c.method() + " " + c.path() + " " + c.body() + " -> " + response).isEqualTo(c.status());
        }
    }

    @Test
    void whatTheServerStoredItselfIsReadBackWhateverTheRequestRulesSayNow() {
        // A barcode's group separator, a threshold above today's bounds: saved before a rule tightened.
        Map<?, ?> stored = storedJson.readValue("{\"barcode\":\"01\\u001d10ABC\",\"threshold\":1e15}", Map.class);
        assertThat(stored.get("barcode")).isEqualTo("01\u001d10ABC");
    }

    @Test
    void noStatementOfTheApplicationRunsLongerThanTheTimeout() {
        assertThat(JdbcClient.create(appDataSource).sql("SELECT current_setting('statement_timeout')").query(String.class).single())
                .isEqualTo("5s");
    }

    private Http.Response check(Http as, String method, String path, String body) {
        long started = System.nanoTime();
        Http.Response response = as.send(method, path, body, body == null ? null : "application/json");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String what = method + " " + path + " " + abbreviate(body) + " -> " + abbreviate(response.toString());
        assertThat(response.status()).as(what).isLessThan(500);
        assertThat(took).as("time for " + what).isLessThan(PROMPT);
        if (response.status() >= 400) {
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(INTERNALS.matcher(response.body()).find()).as("internals in " + what).isFalse();
        }
        return response;
    }

    /** Whatever problem the server answered with, the API document says the operation may give it. */
    private static void declared(JsonNode operation, Http.Response response) {
        if (response.status() < 400) {
            return;
        }
        JsonNode answer = operation.at("/responses/" + response.status());
        String what = operation.get("operationId").asString() + " -> " + abbreviate(response.toString());
        assertThat(answer.isMissingNode()).as("status declared for " + what).isFalse();
        assertThat(answer.get("x-problem-types").valueStream().map(JsonNode::asString))
                .as("problem type declared for " + what).contains(response.json().get("type").asString());
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record Case(Http as, String method, String path, String body, int status) {
    }

    /**
     * A business with one of everything to aim at, and ids of another business that requests must
     * never reach.
     */
    private record World(Http owner, Http admin, Map<String, String> ids, List<UUID> foreignIds) {

        static World open(HostileInputTests test) {
            TestShop shop = test.openShop("restaurant");
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("item", shop.item(ItemBuilder.item("SOUP", "6.50").name("Soup").stock(1000).category("Soups")));
            ids.put("open", shop.item(ItemBuilder.item("OPEN", "0.00").name("Open price").openPrice().stock(1000)));
            JsonNode order = shop.placed(ids.get("item"), 2);
            ids.put("order", order.get("id").asString());
            ids.put("line", order.get("items").get(0).get("id").asString());
            ids.put("customer", shop.customer("Target"));
            String manager = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager");
            ids.put("user", test.http(manager).get("/api/v1/users/me").json().get("id").asString());
            ids.put("tenant", shop.tenant().id().toString());

            TestShop other = test.openShop("retail");
            String otherItem = other.item("THEIRS", "1.00", 5);
            List<UUID> foreign = List.of(other.tenant().id(), UUID.fromString(otherItem),
                    UUID.fromString(other.placed(otherItem, 1).get("id").asString()));
            return new World(shop.owner(), test.http(ApiTest.ADMIN_KEY), ids, foreign);
        }

        /** The path with its {id} pointing at this business's thing of the right kind. */
        String fill(String template) {
            String kind = template.startsWith("/api/v1/orders") ? "order"
                    : template.startsWith("/api/v1/inventory") ? "item"
                    : template.startsWith("/api/v1/customers") ? "customer"
                    : template.startsWith("/api/v1/users") ? "user" : "tenant";
            return template.replace("{id}", ids.get(kind)).replace("{name}", "Soups").replace("{code}", "bartender");
        }

        /** A plausible value for a uuid field, by its name. */
        String idFor(String field) {
            return switch (field) {
                case "product_id" -> ids.get("item");
                case "customer_id" -> ids.get("customer");
                case "line_id" -> ids.get("line");
                case "parent_id" -> ids.get("tenant");
                default -> UUID.randomUUID().toString();
            };
        }
    }

    /** Bodies built from the document's schemas: plausible everywhere but where they are hostile. */
    private static final class Bodies {

        private final JsonNode document;
        private final World world;
        private final HostileValues hostile;
        private final Random random;

        Bodies(JsonNode document, World world, HostileValues hostile, Random random) {
            this.document = document;
            this.world = world;
            this.hostile = hostile;
            this.random = random;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> mutated(JsonNode schema) {
            Object body = plausible(schema, "", 0);
            Map<String, Object> map = body instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                mutate(map, 0);
            }
            if (random.nextInt(10) == 0) {
                map.putAll(HostileValues.unknownFields());
            }
            return map;
        }

        @SuppressWarnings("unchecked")
        private void mutate(Map<String, Object> map, int depth) {
            if (map.isEmpty()) {
                map.put("unexpected", hostile.draw(random));
                return;
            }
            List<String> keys = new ArrayList<>(map.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            Object value = map.get(key);
            if (depth < 3 && random.nextBoolean()) {
                if (value instanceof Map<?, ?> inner) {
                    mutate((Map<String, Object>) inner, depth + 1);
                    return;
                }
                if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> inner) {
                    mutate((Map<String, Object>) inner, depth + 1);
                    return;
                }
            }
            map.put(key, hostile.draw(random));
        }

        private Object plausible(JsonNode schema, String field, int depth) {
            JsonNode resolved = resolve(schema);
            if (depth > 4) {
                return null;
            }
            String type = resolved.path("type").asString("object");
            return switch (type) {
                case "object" -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    List<String> required = new ArrayList<>();
                    resolved.path("required").forEach(r -> required.add(r.asString()));
                    for (var property : resolved.path("properties").properties()) {
                        if (required.contains(property.getKey()) || random.nextInt(3) == 0) {
                            object.put(property.getKey(), plausible(property.getValue(), property.getKey(), depth + 1));
                        }
                    }
                    yield object;
                }
                case "array" -> {
                    List<Object> list = new ArrayList<>();
                    list.add(plausible(resolved.path("items"), field, depth + 1));
                    yield list;
                }
                case "integer" -> 1;
                case "number" -> "1.00";
                case "boolean" -> random.nextBoolean();
                default -> "uuid".equals(resolved.path("format").asString()) ? world.idFor(field)
                        : field.contains("email") ? "someone-" + random.nextInt(1_000_000) + "@example.com"
                        : "x" + random.nextInt(1000);
            };
        }

        private JsonNode resolve(JsonNode schema) {
            JsonNode ref = schema.get("$ref");
            if (ref == null) {
                return schema;
            }
            String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
            return document.at("/components/schemas/" + name);
        }
    }
}
