package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.web.json.RejectedInput;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into {@code application/problem+json} with a stable type. Input the
 * server cannot accept is a 4xx that says why; only our own faults are 500, and those say nothing
 * about internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> onApiProblem(ApiProblem problem) {
        HttpHeaders headers = new HttpHeaders();
        problem.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return problem(problem.toProblemDetail(), headers);
    }

    /** A rule of the business, broken: its kind decides the problem type, its details travel as members. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> onDomain(DomainException broken) {
        HttpHeaders headers = new HttpHeaders();
        broken.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return problem(ProblemMapping.of(broken), headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> onAccessDenied(AccessDeniedException e) {
        return problem(Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this"), new HttpHeaders());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> onAuthentication(AuthenticationException e) {
        return problem(Problems.of(ProblemType.UNAUTHORIZED, "Authentication required"), new HttpHeaders());
    }

    /** The database said no, or is busy: see {@link ProblemMapping#ofDatabase}. */
    @ExceptionHandler({DataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> onDatabase(Exception e) {
        return ProblemMapping.ofDatabase(e).map(problem -> {
            HttpHeaders headers = new HttpHeaders();
            if (problem.getStatus() == ProblemType.SERVICE_UNAVAILABLE.status().value()) {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
            }
            return problem(problem, headers);
        }).orElseGet(() -> onUnexpected(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onUnexpected(Exception e) {
        log.error("Unhandled error", e);
        return problem(Problems.of(ProblemType.INTERNAL_ERROR, "The server could not complete the request"), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> Map.<String, Object>of(
                        "field", error instanceof FieldError field ? snakeCase(field.getField()) : error.getObjectName(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String detail = errors.stream()
                .map(e -> e.get("field") + " " + e.get("message"))
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, detail);
        problem.setProperty("errors", errors);
        return problem(problem, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        String detail = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> snakeCase(r.getMethodParameter().getParameterName()) + " " + e.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return problem(Problems.of(ProblemType.VALIDATION_FAILED, detail), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (BodySizeLimitFilter.isTooLarge(ex)) {
            return problem(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the server accepts"), headers);
        }
        if (ex.getCause() instanceof RejectedInput rejected) {
            ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, describeUnreadable(ex));
            problem.setProperty("field", path(rejected));
            return problem(problem, headers);
        }
        return problem(Problems.of(ProblemType.MALFORMED_REQUEST, describeUnreadable(ex)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        ProblemType type = typeFor(statusCode);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
            problem.setDetail("The server could not complete the request");
        }
        return problem(problem, headers);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemType typeFor(HttpStatusCode status) {
        return ProblemType.forStatus(status.value());
    }

    /**
     * Says in words what was wrong with an unreadable body, naming the field where we can, and
     * never repeating the parser's own message (it names classes).
     */
    static String describeUnreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + printable(unknown.getPropertyName()) + "'";
        }
        if (cause instanceof RejectedInput rejected) {
            String path = path(rejected);
            return (path.isEmpty() ? "The request body " : "Field '" + path + "' ") + rejected.getOriginalMessage();
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "Field '" + path(databind) + "' is missing or has the wrong type";
        }
        if (cause instanceof StreamConstraintsException) {
            return "The request body nests too deeply, or holds a number, name or text longer than the server reads";
        }
        if (cause instanceof StreamReadException) {
            return "The request body is not valid JSON";
        }
        if (cause instanceof DatabindException) {
            return "The request body does not have the expected shape: a JSON object with the documented fields";
        }
        String message = ex.getMessage();
        if (message != null && message.startsWith("Required request body is missing")) {
            return "The request body is missing";
        }
        return "The request body could not be read";
    }

    private static String path(DatabindException databind) {
        return databind.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? printable(ref.getPropertyName()) : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** A name from the request as it may be echoed: printable characters only, and not too long. */
    static String printable(String name) {
        if (name == null) {
            return "";
        }
        String kept = name.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return kept.length() > 100 ? kept.substring(0, 100) + "…" : kept;
    }

    static String snakeCase(String name) {
        if (name == null) {
            return "";
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

}
