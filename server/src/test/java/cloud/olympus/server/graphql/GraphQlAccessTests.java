package cloud.olympus.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.GraphQl;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import tools.jackson.databind.JsonNode;

/**
 * Every field a controller answers says who may ask for it, the GraphQL guide's table says the
 * same, and every operation, asked by every role, answers as the access table says: a role with
 * the permission gets past the door (and finds nothing of another business), any other gets a
 * FORBIDDEN error for that field and nothing else happens.
 */
class GraphQlAccessTests extends ApiTest {

    /** An operation of each root field, on another business's records where it names one. */
    private static final Map<String, String> OPERATIONS = Map.of(
            "Query.orders", "{ orders(limit: 1) { data { id } } }",
            "Query.order", "{ order(id: \"THEIR_ORDER\") { id } }",
            "Query.customers", "{ customers(limit: 1) { data { id } } }",
            "Query.customer", "{ customer(id: \"THEIR_CUSTOMER\") { id } }",
            "Query.items", "{ items(limit: 1) { data { id } } }",
            "Query.alerts", "{ alerts(limit: 1) { data { id } } }",
            "Mutation.createOrder", "mutation { createOrder(input: {items: [{productId: \"THEIR_ITEM\", quantity: 1}]}) { id } }",
            "Mutation.changeOrderStatus", "mutation { changeOrderStatus(id: \"THEIR_ORDER\", status: \"preparing\") { id } }");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyFieldAControllerAnswersSaysWhoMayAskForIt() throws IOException {
        Map<String, String> permissions = fieldPermissions();
        assertThat(permissions).containsKeys(OPERATIONS.keySet().toArray(String[]::new))
                .containsKeys("Subscription.orderEvents", "Item.movements", "OrderEvent.order");
        assertThat(permissions.values()).as("a field without @Requires or @AnyUser").doesNotContain("");

        String guide = Files.readString(Path.of("..", "docs", "graphql.md"));
        String table = guide.substring(guide.indexOf("<!-- graphql-permissions -->"), guide.indexOf("<!-- /graphql-permissions -->"));
        List<String> documented = table.lines().filter(l -> l.startsWith("| `")).map(l -> l.substring(1, l.length() - 1).trim())
                .toList();
        List<String> expected = permissions.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` | " + (e.getValue().equals("any") ? "every logged-in user" : "`" + e.getValue() + "`"))
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() {
        Map<String, String> permissions = fieldPermissions();
        assertThat(OPERATIONS.keySet()).as("every query and mutation is walked")
                .containsExactlyInAnyOrderElementsOf(permissions.keySet().stream()
                        .filter(f -> f.startsWith("Query.") || f.startsWith("Mutation.")).toList());
        TestShop ours = openShop("restaurant");
        ours.item("OURS", "2.00", 5);
        Map<Role, GraphQl> as = new EnumMap<>(Role.class);
        as.put(Role.OWNER, new GraphQl(ours.owner()));
        for (Role role : Role.values()) {
            if (role != Role.OWNER) {
                as.put(role, new GraphQl(http(TestTenants.addUserAndLogin(ours.owner(), ours.tenant().slug(), role.wireName()))));
            }
        }
        TestShop theirs = openShop("retail");
        String item = theirs.item("THEIRS", "5.00", 10);
        Map<String, String> ids = Map.of("THEIR_ORDER", theirs.placed(item, 1).get("id").asString(), "THEIR_ITEM", item,
                "THEIR_CUSTOMER", theirs.customer("Theirs"));

        SoftAssertions softly = new SoftAssertions();
        OPERATIONS.forEach((field, operation) -> {
            String document = operation;
            for (var id : ids.entrySet()) {
                document = document.replace(id.getKey(), id.getValue());
            }
            Permission needed = Permission.fromWireName(permissions.get(field)).orElseThrow();
            for (Role role : Role.values()) {
                GraphQl.Answer answer = as.get(role).run(document);
                String what = field + " as " + role.wireName() + ": " + answer;
                softly.assertThat(answer.status()).as(what).isEqualTo(200);
                if (AccessPolicy.allows(List.of(role), needed)) {
                    softly.assertThat(answer.errorType()).as(what).isNotIn("forbidden", "internal-error");
                    if (document.contains(ids.get("THEIR_ORDER")) || document.contains(ids.get("THEIR_CUSTOMER"))) {
                        softly.assertThat(answer.errorType()).as(what + " (another business's record)").isEqualTo("not-found");
                    }
                } else {
                    softly.assertThat(answer.errorType()).as(what).isEqualTo("forbidden");
                    softly.assertThat(answer.classification()).as(what).isEqualTo("FORBIDDEN");
                }
            }
        });
        softly.assertThat(theirs.itemNow(item).get("reserved_stock").asInt()).as("their stock").isEqualTo(1);
        softly.assertAll();

        // A field inside an answer checks its own permission.
        String movements = "{ items(limit: 1) { data { sku movements { data { kind } } } } }";
        for (Role role : Role.values()) {
            GraphQl.Answer answer = as.get(role).run(movements);
            JsonNode first = answer.data().get("items").get("data").get(0);
            assertThat(first.get("sku").asString()).isEqualTo("OURS");
            boolean allowed = AccessPolicy.allows(List.of(role), Permission.STOCK_VIEW);
            assertThat(first.get("movements").isNull()).as(role + ": " + answer).isEqualTo(!allowed);
            assertThat(answer.errorType()).as(role + ": " + answer).isEqualTo(allowed ? "" : "forbidden");
        }
    }

    /** Each field a controller method answers, with the permission it names ({@code any} for every logged-in user; blank for neither). */
    private Map<String, String> fieldPermissions() {
        GraphQLSchema schema = graphQlSource.schema();
        Map<String, String> permissions = new TreeMap<>();
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                var fetcher = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(object, field), field);
                Method method = fetcher instanceof SelfDescribingDataFetcher<?> described ? described.asMethod() : null;
                if (method == null) {
                    continue;
                }
                Requires requires = AnnotatedElementUtils.findMergedAnnotation(method, Requires.class);
                boolean anyUser = AnnotatedElementUtils.hasAnnotation(method, AnyUser.class);
                permissions.put(object.getName() + "." + field.getName(),
                        requires != null ? requires.value().wireName() : anyUser ? "any" : "");
            }
        }
        return permissions;
    }

    @Test
    void theGuideListsWhatTheSchemaHas() throws IOException {
        List<String> roots = new ArrayList<>();
        GraphQLSchema schema = graphQlSource.schema();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())) {
            root.getFieldDefinitions().forEach(f -> roots.add(f.getName()));
        }
        String guide = Files.readString(Path.of("..", "docs", "graphql.md"));
        assertThat(roots).allSatisfy(name -> assertThat(guide).contains("`" + name));
        Http.Response playground = http().get("/graphql/playground?path=/graphql&wsPath=/graphql/ws");
        assertThat(playground.status()).isEqualTo(200);
        assertThat(playground.body()).contains("graphiql");
    }
}
