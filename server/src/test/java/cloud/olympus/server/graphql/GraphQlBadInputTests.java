package cloud.olympus.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.GraphQl;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GraphQL the server cannot run is answered cleanly: a 4xx problem for a request that is not even
 * GraphQL, and otherwise an error with a problem type and a classification, never a 500, a stack
 * trace or a class name. Queries too large for their worth are refused before anything is fetched
 * (the depth limit, which today's schema cannot reach, is tested on a schema of its own:
 * {@link QueryLimitsTest}).
 */
class GraphQlBadInputTests extends ApiTest {

    private TestShop shop;
    private GraphQl graphQl;

    @BeforeEach
    void open() {
        shop = openShop("restaurant");
        graphQl = new GraphQl(shop.owner());
    }

    @Test
    void documentsTheServerCannotRunAreMalformedRequests() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> documents = Map.of(
                "syntax", "{ orders { data { id } ",
                "unknown field", "{ orders { data { id password } } }",
                "unknown argument", "{ orders(sort: \"asc\") { data { id } } }",
                "wrong literal type", "{ orders(limit: \"ten\") { data { id } } }",
                "absurd number for an Int", "{ orders(limit: 1e1000000) { data { id } } }",
                "missing argument", "{ order { id } }",
                "no such operation", "subscription { nothing }",
                "leaf without fields", "{ orders }");
        documents.forEach((what, document) -> {
            GraphQl.Answer answer = graphQl.run(document);
            softly.assertThat(answer.status()).as(what + ": " + answer).isEqualTo(200);
            softly.assertThat(answer.errorType()).as(what + ": " + answer).isEqualTo("malformed-request");
            softly.assertThat(answer.classification()).as(what + ": " + answer).isEqualTo("BAD_REQUEST");
            softly.assertThat(answer.data().isMissingNode() || answer.data().isNull()).as(what + ": " + answer).isTrue();
            softly.assertThat(answer.response().body()).as(what).doesNotContain("Exception", "graphql.", "java.", "Value{");
        });
        softly.assertAll();
    }

    @Test
    void variablesOfTheWrongTypeOrOutOfBoundsAreRefused() {
        SoftAssertions softly = new SoftAssertions();
        String list = "query L($limit: Int, $from: String, $customer: UUID) { orders(limit: $limit, from: $from, customerId: $customer) "
                + "{ data { id } } }";
        List<Map<String, Object>> wrong = List.of(
                Map.of("limit", "ten"),
                Map.of("limit", 12.5),
                Map.of("customer", "not-a-uuid"),
                Map.of("customer", 42));
        for (Map<String, Object> variables : wrong) {
            GraphQl.Answer answer = graphQl.run(list, variables);
            softly.assertThat(answer.errorType()).as(variables + ": " + answer).isEqualTo("malformed-request");
            softly.assertThat(answer.response().body()).as(variables.toString()).doesNotContain("Exception", "java.", "Value{");
        }
        for (String from : List.of("0001-01-01", "+999999999-12-31T00:00:00Z", "10000-01-01", "2026-02-30", "yesterday")) {
            GraphQl.Answer answer = graphQl.run(list, Map.of("from", from));
            softly.assertThat(answer.errorType()).as(from + ": " + answer).isEqualTo("validation-failed");
            softly.assertThat(answer.errors().path(0).path("extensions").path("field").asString()).as(from).isEqualTo("from");
        }
        // A number no field could hold is refused while the body is read, as in every request.
        GraphQl.Answer absurd = graphQl.run(list, Map.of("limit", new java.math.BigDecimal("1e1000000")));
        softly.assertThat(absurd.status()).as(absurd.toString()).isEqualTo(400);
        softly.assertThat(absurd.response().problemType()).isEqualTo("validation-failed");
        softly.assertThat(absurd.response().json().get("field").asString()).isEqualTo("variables.limit");
        GraphQl.Answer tooMany = graphQl.run(list, Map.of("limit", 201));
        softly.assertThat(tooMany.errorType()).as(tooMany.toString()).isEqualTo("validation-failed");
        GraphQl.Answer badCursor = graphQl.run("{ orders(cursor: \"%%%\") { data { id } } }");
        softly.assertThat(badCursor.errorType()).as(badCursor.toString()).isEqualTo("malformed-request");
        softly.assertAll();
    }

    @Test
    void amountsAndTimesInTheSchemasOwnScalarsAreBounded() {
        String tea = shop.item("TEA", "3.50", 10);
        String create = "mutation C($input: OrderInput!) { createOrder(input: $input) { id } }";
        SoftAssertions softly = new SoftAssertions();
        for (Object value : List.<Object>of("1e1000000", "0.0000001", "twelve", "9".repeat(80))) {
            Map<String, Object> input = Map.of("items", List.of(Map.of("productId", tea, "quantity", 1)),
                    "discounts", List.of(Map.of("type", "fixed", "value", value)));
            GraphQl.Answer answer = graphQl.run(create, Map.of("input", input));
            softly.assertThat(answer.errorType()).as(value + ": " + answer).isIn("malformed-request", "validation-failed");
            softly.assertThat(answer.response().body()).as(String.valueOf(value)).doesNotContain("Exception", "java.");
        }
        GraphQl.Answer number = graphQl.run(create, Map.of("input", Map.of("items", List.of(Map.of("productId", tea, "quantity", 1)),
                "discounts", List.of(Map.of("type", "fixed", "value", new java.math.BigDecimal("1e1000000"))))));
        softly.assertThat(number.response().problemType()).as(number.toString()).isEqualTo("validation-failed");
        GraphQl.Answer literal = graphQl.run("mutation { createOrder(input: {items: [{productId: \"" + tea + "\", quantity: 1}], "
                + "discounts: [{type: \"fixed\", value: 1e1000000}]}) { id } }");
        softly.assertThat(literal.errorType()).as(literal.toString()).isEqualTo("malformed-request");
        GraphQl.Answer nulInVariable = graphQl.run(create, Map.of("input", Map.of("notes", "a\u0000b",
                "items", List.of(Map.of("productId", tea, "quantity", 1)))));
        softly.assertThat(nulInVariable.status()).as(nulInVariable.toString()).isEqualTo(400);
        softly.assertThat(nulInVariable.response().problemType()).isEqualTo("validation-failed");
        softly.assertAll();
        assertThat(shop.itemNow(tea).get("reserved_stock").asInt()).as("nothing was ordered").isZero();
    }

    @Test
    void requestsThatAreNotGraphQlAreProblems() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> bodies = Map.of(
                "not JSON", "{query: orders",
                "NUL in the document", "{\"query\": \"{ orders(number: \\\"B\\u0000\\\") { data { id } } }\"}",
                "no query", "{}",
                "query not text", "{\"query\": 42}",
                "unknown member", "{\"query\": \"{ orders { data { id } } }\", \"password\": \"x\"}",
                "variables not an object", "{\"query\": \"{ orders { data { id } } }\", \"variables\": [1]}",
                "deep JSON", "{\"query\": \"{ orders { data { id } } }\", \"variables\": {\"a\": " + "[".repeat(100) + "]".repeat(100) + "}}");
        bodies.forEach((what, body) -> {
            Http.Response answer = graphQl.raw(body).response();
            softly.assertThat(answer.status()).as(what + ": " + answer).isEqualTo(400);
            softly.assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            softly.assertThat(answer.body()).as(what).doesNotContain("Exception", "java.", "graphql.");
        });
        Http.Response get = shop.owner().get(GraphQl.PATH + "?query=%7Borders%7Bdata%7Bid%7D%7D%7D");
        softly.assertThat(get.status()).as(get.toString()).isEqualTo(405);
        Http.Response text = shop.owner().send("POST", GraphQl.PATH, "{ orders { data { id } } }", "text/plain");
        softly.assertThat(text.status()).as(text.toString()).isEqualTo(415);
        Http.Response huge = graphQl.raw("{\"query\": \"" + "{ orders { data { id } } }".repeat(4_000) + "\"}").response();
        softly.assertThat(huge.status()).as("a body over the limit").isEqualTo(413);
        softly.assertAll();
    }

    @Test
    void queriesTooLargeAreRefusedBeforeAnythingIsFetched() {
        GraphQl.Answer deep = graphQl.run("{ orders { data { items { modifiers { name } } } } "
                + "a: orders { data { id } } b: items { data { movements(limit: 10) { data { id } } } } }");
        assertThat(deep.errors().isMissingNode()).as("well within the limits: " + deep).isTrue();

        GraphQl.Answer complex = graphQl.run("{ items(limit: 200) { data { sku movements(limit: 200) { data { id kind note } } } } }");
        assertThat(complex.errorType()).as(complex.toString()).isEqualTo("validation-failed");
        assertThat(complex.errors().get(0).get("extensions").get("limit").asString()).isEqualTo("complexity");
        assertThat(complex.data().isMissingNode() || complex.data().isNull()).isTrue();

        GraphQl.Answer aliases = graphQl.run("{ " + "x%d: orders(limit: 200) { data { id total } } ".repeat(20).formatted(
                java.util.stream.IntStream.range(0, 20).boxed().toArray()) + "}");
        assertThat(aliases.errorType()).as(aliases.toString()).isEqualTo("validation-failed");

        GraphQl.Answer tokens = graphQl.run("{ orders(status: [" + "\"a\" ".repeat(5_100) + "]) { data { id } } }");
        assertThat(tokens.errorType()).as(tokens.toString()).isEqualTo("malformed-request");
        assertThat(tokens.message()).contains("5,000");
        GraphQl.Answer characters = graphQl.run("{ orders { data { id } } }" + " ".repeat(40_000));
        assertThat(characters.errorType()).as(characters.toString()).isEqualTo("malformed-request");
        assertThat(characters.message()).contains("32,768");
    }

    @Test
    void introspectionAsToolsAskForItIsAnswered() {
        GraphQl.Answer schema = graphQl.run(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(schema.errors().isMissingNode()).as(schema.toString()).isTrue();
        assertThat(schema.data().get("__schema").get("queryType").get("name").asString()).isEqualTo("Query");
    }
}
