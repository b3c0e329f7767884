package cloud.olympus.server.graphql.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;

/**
 * The schema's shared wiring: the limits every request is held to (checked before any field is
 * fetched), permission checks per field, and errors in the API's problem types. Its scalars are in
 * {@link cloud.olympus.server.shared.web.graphql.GraphQlScalars}; the schema itself is in
 * {@code resources/graphql/}; each module answers its own fields from its {@code web} package.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** How deep the parser follows nested syntax ({@code {{{…}, [[[…]}) before it gives up: far beyond any real document. */
    private static final int PARSER_DEPTH = 100;

    @Bean
    @Order(1)
    QueryLimits queryLimits(GraphQlLimits limits) {
        return new QueryLimits(limits.maxDepth(), limits.maxComplexity(), limits.maxQueryCharacters(), limits.maxQueryTokens(),
                PARSER_DEPTH);
    }

    @Bean
    @Order(2)
    RequiredPermissions requiredPermissions() {
        return new RequiredPermissions();
    }

    /** After any more specific resolver: this one answers every failure. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    DataFetcherExceptionResolver fieldFailures() {
        return new GraphQlErrors.FieldFailures();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SubscriptionExceptionResolver streamFailures() {
        return new GraphQlErrors.StreamFailures();
    }

    @Bean
    UntypedErrors untypedErrors() {
        return new UntypedErrors();
    }
}
