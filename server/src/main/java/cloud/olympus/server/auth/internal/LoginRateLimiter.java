package cloud.olympus.server.auth.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Token buckets of failed logins. Only failures take from them, so logging in often never locks
 * anyone out, and a stranger's wrong guesses lock the account for the stranger's address only:
 * <ul>
 *   <li>one account from one client address: the lock a password guesser runs into;</li>
 *   <li>one account from everywhere: a slower ceiling for guessing spread over many addresses;</li>
 *   <li>one address over all accounts: spraying one password at many accounts.</li>
 * </ul>
 * Buckets live in memory per instance and are forgotten once idle.
 */
@Component
public class LoginRateLimiter {

    private final AuthProperties.RateLimit limits;
    private final Cache<String, Bucket> fromAddress;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginRateLimiter(AuthProperties properties) {
        this.limits = properties.rateLimit();
        this.fromAddress = cache(limits.identityWindow());
        this.accounts = cache(limits.accountWindow());
        this.addresses = cache(limits.addressWindow());
    }

    /** Empty when a login may be tried now, otherwise how long the caller must wait. Takes nothing. */
    public Optional<Duration> check(String tenantSlug, String email, String clientAddress) {
        return Stream.of(wait(fromAddress.getIfPresent(pair(tenantSlug, email, clientAddress))),
                        wait(accounts.getIfPresent(account(tenantSlug, email))),
                        wait(addresses.getIfPresent(clientAddress)))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    /** Counts a failed login against the account from this address, the account, and the address. */
    public void failed(String tenantSlug, String email, String clientAddress) {
        fromAddress.get(pair(tenantSlug, email, clientAddress), k -> bucket(limits.identityAttempts(), limits.identityWindow()))
                .tryConsume(1);
        accounts.get(account(tenantSlug, email), k -> bucket(limits.accountAttempts(), limits.accountWindow())).tryConsume(1);
        addresses.get(clientAddress, k -> bucket(limits.addressAttempts(), limits.addressWindow())).tryConsume(1);
    }

    /** The right password from this address: its earlier mistypes are forgiven there. */
    public void succeeded(String tenantSlug, String email, String clientAddress) {
        fromAddress.invalidate(pair(tenantSlug, email, clientAddress));
    }

    private static Optional<Duration> wait(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())));
    }

    private static String account(String tenantSlug, String email) {
        return (tenantSlug + "\n" + email).toLowerCase(Locale.ROOT);
    }

    private static String pair(String tenantSlug, String email, String clientAddress) {
        return account(tenantSlug, email) + "\n" + clientAddress;
    }

    private static Cache<String, Bucket> cache(Duration window) {
        return Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }
}
