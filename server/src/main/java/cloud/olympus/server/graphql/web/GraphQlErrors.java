package cloud.olympus.server.graphql.web;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.ProblemMapping;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.Problems;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;

/**
 * Errors as GraphQL answers them, in the REST API's terms: {@code extensions.type} is the problem
 * type REST would answer with (its URI), {@code extensions.classification} says what kind of error
 * it is ({@code NOT_FOUND}, {@code FORBIDDEN}, {@code BAD_REQUEST}, ...), and the details a problem
 * carries ({@code field}, {@code allowed}, {@code product_id}) travel as further extensions. What
 * went wrong inside the server is logged and answered as {@code internal-error}, without a word of
 * it: no class, no stack trace, no query.
 */
final class GraphQlErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    /** What kind of error: the HTTP status REST would answer, in words. */
    enum Classification implements ErrorClassification {
        BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE,
        INTERNAL_ERROR;

        static Classification of(int status) {
            return switch (status) {
                case 400, 413, 415 -> BAD_REQUEST;
                case 401 -> UNAUTHORIZED;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 409 -> CONFLICT;
                case 422 -> UNPROCESSABLE;
                case 429 -> TOO_MANY_REQUESTS;
                case 503 -> SERVICE_UNAVAILABLE;
                default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
            };
        }
    }

    private GraphQlErrors() {
    }

    /** An error of {@code type} that no field caused (the request as a whole). */
    static GraphQLError error(String message, ProblemType type, Map<String, Object> details) {
        ProblemDetail problem = Problems.of(type, message);
        details.forEach(problem::setProperty);
        return build(GraphqlErrorBuilder.newError(), problem);
    }

    /** The error for a field that failed with {@code failure}; {@code env} null for a subscription's stream. */
    static GraphQLError of(Throwable failure, DataFetchingEnvironment env) {
        return build(env == null ? GraphqlErrorBuilder.newError() : GraphqlErrorBuilder.newError(env), problemOf(failure));
    }

    private static GraphQLError build(GraphqlErrorBuilder<?> builder, ProblemDetail problem) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("type", String.valueOf(problem.getType()));
        extensions.put("title", problem.getTitle());
        extensions.put("status", problem.getStatus());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(extensions::putIfAbsent);
        }
        return builder.errorType(Classification.of(problem.getStatus()))
                .message(problem.getDetail() == null ? String.valueOf(problem.getTitle()) : problem.getDetail())
                .extensions(extensions)
                .build();
    }

    private static ProblemDetail problemOf(Throwable failure) {
        if (failure instanceof DomainException broken) {
            return ProblemMapping.of(broken);
        }
        if (failure instanceof ApiProblem problem) {
            return problem.toProblemDetail();
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalid(invalid);
        }
        if (failure instanceof BindException unbound) {
            String fields = unbound.getFieldErrors().stream().map(e -> e.getField()).distinct().sorted()
                    .collect(Collectors.joining(", "));
            ProblemDetail problem = Problems.of(ProblemType.MALFORMED_REQUEST, "Argument " + fields + " has a value of the wrong type");
            problem.setProperty("field", fields);
            return problem;
        }
        return ProblemMapping.ofDatabase(failure).orElseGet(() -> {
            log.error("GraphQL field failed", failure);
            return Problems.of(ProblemType.INTERNAL_ERROR, ProblemType.INTERNAL_ERROR.genericDetail());
        });
    }

    /** Bean Validation's refusals, each naming its field as the schema does ({@code input.items[0].quantity}). */
    private static ProblemDetail invalid(ConstraintViolationException invalid) {
        List<Map<String, Object>> errors = invalid.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", fieldOf(v), "message", v.getMessage()))
                .sorted(java.util.Comparator.comparing(e -> e.get("field").toString()))
                .toList();
        String detail = errors.stream().map(e -> e.get("field") + " " + e.get("message")).collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The violation's path without the Java method it was checked on. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int method = path.indexOf('.');
        return (method < 0 ? path : path.substring(method + 1)).replace(".<list element>", "");
    }

    /** Answers the failures of fields. */
    static final class FieldFailures extends DataFetcherExceptionResolverAdapter {
        @Override
        protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment env) {
            return of(failure, env);
        }
    }

    /** Answers the failures of a subscription's stream, after it started. */
    static final class StreamFailures extends SubscriptionExceptionResolverAdapter {
        @Override
        protected GraphQLError resolveToSingleError(Throwable failure) {
            return of(failure, null);
        }
    }
}
