package cloud.olympus.server.graphql.web;

import cloud.olympus.server.shared.web.ProblemType;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Gives the errors graphql-java raises by itself (a syntax error, an unknown field, a variable of
 * the wrong type) the same shape as every other: a problem type and a classification in
 * {@code extensions}. A document the server cannot run is a {@code malformed-request}, like an
 * unreadable REST body. graphql-java names its syntax tree's classes in a few messages
 * ({@code FloatValue{value=1E+3}}); those are reworded to the value itself.
 */
final class UntypedErrors implements WebGraphQlInterceptor {

    private static final Pattern AST_VALUE = Pattern.compile("\\b[A-Z][A-Za-z]*Value\\{value=([^}]*)}");
    private static final Pattern AST_TYPE = Pattern.compile("'(Int|Float|String|Boolean|Enum|Null|Object|Array)Value'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().allMatch(UntypedErrors::typed)) {
                return response;
            }
            return response.transform(answer -> answer.errors(errors.stream().map(UntypedErrors::withType).toList()));
        });
    }

    private static boolean typed(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("type");
    }

    private static GraphQLError withType(GraphQLError error) {
        if (typed(error)) {
            return error;
        }
        ProblemType type = typeOf(error.getErrorType());
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("type", type.uri().toString());
        extensions.put("title", type.title());
        extensions.put("status", type.status().value());
        return GraphqlErrorBuilder.newError()
                .message(readable(error.getMessage()))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(GraphQlErrors.Classification.of(type.status().value()))
                .extensions(extensions)
                .build();
    }

    private static ProblemType typeOf(ErrorClassification classification) {
        if (classification instanceof graphql.ErrorType known) {
            return switch (known) {
                case InvalidSyntax, ValidationError, OperationNotSupported -> ProblemType.MALFORMED_REQUEST;
                case DataFetchingException, NullValueInNonNullableField, ExecutionAborted -> ProblemType.INTERNAL_ERROR;
            };
        }
        if (classification instanceof ErrorType spring) {
            return switch (spring) {
                case BAD_REQUEST -> ProblemType.MALFORMED_REQUEST;
                case UNAUTHORIZED -> ProblemType.UNAUTHORIZED;
                case FORBIDDEN -> ProblemType.FORBIDDEN;
                case NOT_FOUND -> ProblemType.NOT_FOUND;
                case INTERNAL_ERROR -> ProblemType.INTERNAL_ERROR;
            };
        }
        return ProblemType.MALFORMED_REQUEST;
    }

    static String readable(String message) {
        if (message == null) {
            return "The request could not be run";
        }
        return AST_TYPE.matcher(AST_VALUE.matcher(message).replaceAll("$1")).replaceAll("'$1'");
    }
}
