package cloud.olympus.server.shared.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/**
 * An error a module raises on purpose; the API answers it as {@code application/problem+json}
 * with the type's status. Extra properties travel as members of the problem object.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    public ApiProblem(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(ProblemType.CONFLICT, detail);
    }

    public static ApiProblem invalid(String detail) {
        return new ApiProblem(ProblemType.VALIDATION_FAILED, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemType.FORBIDDEN, detail);
    }

    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public static ApiProblem rateLimited(String detail, Duration retryAfter) {
        ApiProblem problem = new ApiProblem(ProblemType.RATE_LIMITED, detail);
        problem.retryAfter = retryAfter;
        return problem;
    }

    /** How long the caller should wait before trying again, if the problem says so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(type, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
