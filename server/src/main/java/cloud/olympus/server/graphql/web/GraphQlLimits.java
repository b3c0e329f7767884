package cloud.olympus.server.graphql.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one GraphQL request may ask: fields nested at most {@code maxDepth} deep, a complexity of
 * at most {@code maxComplexity} (see {@link QueryLimits}), and a document of at most
 * {@code maxQueryCharacters} characters and {@code maxQueryTokens} tokens. The whole request body is
 * bounded as every request's is ({@code olympus.http.max-body-bytes}).
 */
@ConfigurationProperties("olympus.graphql")
record GraphQlLimits(Integer maxDepth, Integer maxComplexity, Integer maxQueryCharacters, Integer maxQueryTokens) {

    GraphQlLimits {
        maxDepth = maxDepth == null ? 10 : maxDepth;
        maxComplexity = maxComplexity == null ? 5_000 : maxComplexity;
        maxQueryCharacters = maxQueryCharacters == null ? 32_768 : maxQueryCharacters;
        maxQueryTokens = maxQueryTokens == null ? 5_000 : maxQueryTokens;
    }
}
