package cloud.olympus.server.graphql.web;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits on a schema that nests without end, where depth and complexity can be pushed as far as one likes. */
class QueryLimitsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { node: Node, nodes(limit: Int): [Node] }
            type Node { name: String, child: Node, children(limit: Int): [Node] }
            """), RuntimeWiring.newRuntimeWiring().build());

    private final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).instrumentation(new QueryLimits(4, 100, 2_000, 200, 50)).build();

    @Test
    void fieldsNestedDeeperThanTheLimitAreNotRun() {
        assertThat(graphQl.execute("{ node { child { child { name } } } }").getErrors()).isEmpty();

        ExecutionResult deep = graphQl.execute("{ node { child { child { child { name } } } } }");

        assertThat(deep.isDataPresent()).isFalse();
        GraphQLError error = deep.getErrors().get(0);
        assertThat(error.getMessage()).isEqualTo("The query nests 5 levels deep; at most 4 are answered");
        assertThat(error.getExtensions()).containsEntry("type", "https://olympus.cloud/problems/validation-failed")
                .containsEntry("limit", "depth");
        assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
    }

    @Test
    void fragmentsCountAsTheFieldsTheyStandFor() {
        ExecutionResult deep = graphQl.execute("fragment F on Node { child { child { name } } } { node { child { ...F } } }");

        assertThat(deep.getErrors()).extracting(e -> e.getExtensions().get("limit")).containsExactly("depth");
    }

    @Test
    void listsCountOncePerRowTheyMayAnswer() {
        assertThat(graphQl.execute("{ nodes(limit: 10) { name child { name } } }").getErrors()).as("1 + 10 × 3").isEmpty();

        ExecutionResult wide = graphQl.execute("{ nodes(limit: 10) { children(limit: 20) { name } } }");

        assertThat(wide.getErrors()).extracting(GraphQLError::getMessage).singleElement().asString()
                .startsWith("The query asks for too much at once (complexity 211, at most 100)");
        ExecutionResult byVariable = graphQl.execute(graphql.ExecutionInput.newExecutionInput(
                "query Q($n: Int) { nodes(limit: $n) { name } }").variables(Map.of("n", 500)).build());
        assertThat(byVariable.getErrors()).extracting(e -> e.getExtensions().get("limit")).containsExactly("complexity");
    }

    @Test
    void introspectionCountsTowardsNeither() {
        ExecutionResult schema = graphQl.execute(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(schema.getErrors()).isEmpty();
    }

    @Test
    void documentsBeyondTheParsersLimitsAreNotParsed() {
        ExecutionResult long_ = graphQl.execute("{ " + "node { name } ".repeat(100) + "}");

        assertThat(long_.getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("InvalidSyntax");
    }
}
