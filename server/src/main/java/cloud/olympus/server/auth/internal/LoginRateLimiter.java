package cloud.olympus.server.auth.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token buckets for login attempts, one per identity (tenant slug and email) and one per client
 * address, so neither guessing one account's password nor spraying many accounts from one place
 * gets far. Buckets live in memory per instance and are forgotten once idle.
 */
@Component
public class LoginRateLimiter {

    private final AuthProperties.RateLimit limits;
    private final Cache<String, Bucket> identities;
    private final Cache<String, Bucket> addresses;

    LoginRateLimiter(AuthProperties properties) {
        this.limits = properties.rateLimit();
        this.identities = Caffeine.newBuilder().maximumSize(200_000)
                .expireAfterAccess(limits.identityWindow().multipliedBy(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(200_000)
                .expireAfterAccess(limits.addressWindow().multipliedBy(2)).build();
    }

    /** Takes one attempt; empty when allowed, otherwise how long the caller must wait. */
    public Optional<Duration> tryAttempt(String tenantSlug, String email, String clientAddress) {
        String identity = (tenantSlug + "\n" + email).toLowerCase(Locale.ROOT);
        Optional<Duration> byAddress = take(addresses.get(clientAddress,
                k -> bucket(limits.addressAttempts(), limits.addressWindow())));
        Optional<Duration> byIdentity = take(identities.get(identity,
                k -> bucket(limits.identityAttempts(), limits.identityWindow())));
        if (byAddress.isPresent() && byIdentity.isPresent()) {
            return byAddress.get().compareTo(byIdentity.get()) > 0 ? byAddress : byIdentity;
        }
        return byAddress.isPresent() ? byAddress : byIdentity;
    }

    private static Optional<Duration> take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }
}
