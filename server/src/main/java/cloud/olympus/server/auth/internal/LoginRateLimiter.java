package cloud.olympus.server.auth.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token buckets of failed logins. Every attempt takes its tokens before the password is checked
 * (so guesses sent in parallel cannot all slip through), and a successful login gives them back:
 * only failures stay counted, and logging in often never locks anyone out.
 * <ul>
 *   <li>one account from one client address: the lock a password guesser runs into;</li>
 *   <li>one account from every address it has not logged in from before: a slower ceiling for
 *       guessing spread over many addresses, which never locks the owner out of the places they
 *       log in from;</li>
 *   <li>one address over all accounts: spraying one password at many accounts.</li>
 * </ul>
 * Buckets live in memory per instance and are forgotten once idle.
 */
@Component
public class LoginRateLimiter {

    private static final Duration KNOWN_FOR = Duration.ofDays(30);

    private final AuthProperties.RateLimit limits;
    private final Cache<String, Bucket> fromAddress;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Boolean> knownAddresses;

    LoginRateLimiter(AuthProperties properties) {
        this.limits = properties.rateLimit();
        this.fromAddress = cache(limits.identityWindow().multipliedBy(2));
        this.accounts = cache(limits.accountWindow().multipliedBy(2));
        this.addresses = cache(limits.addressWindow().multipliedBy(2));
        this.knownAddresses = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(KNOWN_FOR).build();
    }

    /** A login attempt that has taken its tokens; hand it back with {@link #succeeded}. */
    public record Attempt(List<Bucket> taken, String pair) {
    }

    /**
     * Takes one attempt from each bucket that applies. Answers the attempt, or how long the caller
     * must wait when any bucket is empty (then nothing is taken).
     */
    public Result acquire(String tenantSlug, String email, String clientAddress) {
        String pair = pair(tenantSlug, email, clientAddress);
        List<Bucket> buckets = new ArrayList<>();
        buckets.add(fromAddress.get(pair, k -> bucket(limits.identityAttempts(), limits.identityWindow())));
        if (knownAddresses.getIfPresent(pair) == null) {
            buckets.add(accounts.get(account(tenantSlug, email), k -> bucket(limits.accountAttempts(), limits.accountWindow())));
        }
        buckets.add(addresses.get(clientAddress, k -> bucket(limits.addressAttempts(), limits.addressWindow())));
        List<Bucket> taken = new ArrayList<>();
        for (Bucket bucket : buckets) {
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(b -> b.addTokens(1));
                return new Result(null, Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
            }
            taken.add(bucket);
        }
        return new Result(new Attempt(List.copyOf(taken), pair), null);
    }

    /** The right password: the attempt is given back, and this address is known for this account from now on. */
    public void succeeded(Attempt attempt) {
        attempt.taken().forEach(bucket -> bucket.addTokens(1));
        fromAddress.invalidate(attempt.pair());
        knownAddresses.put(attempt.pair(), Boolean.TRUE);
    }

    /** Either an attempt that may go ahead, or the wait before the next may. */
    public record Result(Attempt attempt, Duration retryAfter) {
        public Optional<Duration> refused() {
            return Optional.ofNullable(retryAfter);
        }
    }

    private static String account(String tenantSlug, String email) {
        return (tenantSlug + "\n" + email).toLowerCase(Locale.ROOT);
    }

    private static String pair(String tenantSlug, String email, String clientAddress) {
        return account(tenantSlug, email) + "\n" + clientAddress;
    }

    private static Cache<String, Bucket> cache(Duration idle) {
        return Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(idle).build();
    }

    private static Bucket bucket(int attempts, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .build();
    }
}
