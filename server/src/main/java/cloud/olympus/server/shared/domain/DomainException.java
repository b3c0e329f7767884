package cloud.olympus.server.shared.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A rule of the business was broken: raised by services and repositories in their own words,
 * with the details a caller needs to put it right (the {@code field} at fault, the amounts
 * involved). It knows nothing of HTTP; the web layer answers it by its {@link ErrorKind}.
 */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final Map<String, Object> details = new LinkedHashMap<>();

    public DomainException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Adds a detail for the caller, such as the {@code field} at fault. */
    public DomainException with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    /** Names the request field at fault. */
    public DomainException field(String field) {
        return with("field", field);
    }

    public Map<String, Object> details() {
        return Collections.unmodifiableMap(details);
    }

    /** How long to wait before trying again, when that is the point. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}
