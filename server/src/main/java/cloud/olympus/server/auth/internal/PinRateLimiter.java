package cloud.olympus.server.auth.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Token buckets of PIN tries per terminal and person: each try takes a token before the PIN is
 * checked, a right PIN gives it back, so only wrong ones count. Slows a guesser down between the
 * failures that lock the PIN for good. Buckets live in memory per instance and are forgotten once idle.
 */
@Component
public class PinRateLimiter {

    private final AuthProperties.Pin limits;
    private final Cache<String, Bucket> buckets;

    PinRateLimiter(AuthProperties properties) {
        this.limits = properties.pin();
        this.buckets = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(limits.window().multipliedBy(2)).build();
    }

    /**
     * Takes a try for this person on this terminal (with no terminal: a password typed to set their
     * PIN); answers the wait when none is left.
     */
    public Optional<Duration> take(UUID deviceId, UUID userId) {
        Bucket bucket = buckets.get(deviceId + "/" + userId, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.attempts()).refillGreedy(limits.attempts(), limits.window()).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    /** The PIN (or password) was right: the try does not count. */
    public void succeeded(UUID deviceId, UUID userId) {
        Bucket bucket = buckets.getIfPresent(deviceId + "/" + userId);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }
}
