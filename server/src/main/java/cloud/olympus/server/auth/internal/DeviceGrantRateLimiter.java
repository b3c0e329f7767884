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
 * Token buckets for the device authorization grant, as for logins: codes asked for from one client
 * address (a device asks once per pairing; a flood of codes fills the table), and wrong user codes
 * entered by one person (guessing someone else's watch's code). A right code gives its token back,
 * so only wrong ones count. Buckets live in memory per instance and are forgotten once idle.
 */
@Component
public class DeviceGrantRateLimiter {

    private final AuthProperties.DeviceGrant limits;
    private final Cache<String, Bucket> codes;
    private final Cache<UUID, Bucket> entries;

    DeviceGrantRateLimiter(AuthProperties properties) {
        this.limits = properties.deviceGrant();
        this.codes = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(limits.codeWindow().multipliedBy(2)).build();
        this.entries = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(limits.wrongCodeWindow().multipliedBy(2))
                .build();
    }

    /** Takes one code from the address's bucket; answers the wait when it is empty. */
    public Optional<Duration> newCode(String clientAddress) {
        return take(codes.get(clientAddress, k -> bucket(limits.codesPerAddress(), limits.codeWindow())));
    }

    /** Takes one entry from the person's bucket before their code is looked up; answers the wait when it is empty. */
    public Optional<Duration> entry(UUID userId) {
        return take(entries.get(userId, k -> bucket(limits.wrongCodesPerUser(), limits.wrongCodeWindow())));
    }

    /** The code entered was right: the entry does not count. */
    public void rightCode(UUID userId) {
        Bucket bucket = entries.getIfPresent(userId);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private static Optional<Duration> take(Bucket bucket) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }
}
