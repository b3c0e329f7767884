package cloud.olympus.client.realtime;

import java.time.Duration;
import java.util.Random;

/**
 * Pauses between reconnection attempts: doubling from {@code first} up to {@code most}, each
 * shortened by a random part of up to half (jitter), so that many clients cut off together do not
 * all come back in the same instant.
 */
public final class Backoff {

    private final Duration first;
    private final Duration most;
    private final Random random;

    public Backoff(Duration first, Duration most, Random random) {
        if (first.isNegative() || first.isZero() || most.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= most");
        }
        this.first = first;
        this.most = most;
        this.random = random;
    }

    /** Half a second at first, then 1, 2, 4 ... up to 30 seconds. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new Random());
    }

    /** The pause before attempt {@code failures + 1}, after that many failed in a row. */
    public Duration delay(int failures) {
        long ceiling = first.toMillis() << Math.min(Math.max(failures, 0), 20);
        long full = Math.min(most.toMillis(), ceiling);
        long jitter;
        synchronized (random) {
            jitter = (long) (random.nextDouble() * (full / 2.0));
        }
        return Duration.ofMillis(full - jitter);
    }
}
