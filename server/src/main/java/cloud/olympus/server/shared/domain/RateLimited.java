package cloud.olympus.server.shared.domain;

import java.time.Duration;
import java.util.Optional;

/** Too many attempts in a while: the caller may try again after {@link #retryAfter()}. */
public class RateLimited extends DomainException {

    private final Duration wait;

    public RateLimited(String message, Duration wait) {
        super(ErrorKind.RATE_LIMITED, message);
        this.wait = wait;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(wait);
    }
}
