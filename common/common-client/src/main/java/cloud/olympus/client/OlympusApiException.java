package cloud.olympus.client;

import java.time.Duration;
import java.util.Optional;

/** The server refused a request; carries its problem and, for 429, how long to wait. */
public class OlympusApiException extends RuntimeException {

    private final Problem problem;
    private final Duration retryAfter;

    public OlympusApiException(Problem problem, Duration retryAfter) {
        super(problem.message());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
