package cloud.olympus.desktop.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Locks the till after a while without keyboard, mouse or touch: {@link #touched()} on every input,
 * {@link #check()} now and then (the till does every second). Never while {@code mayLock} says no
 * (a payment under way, the till already locked): it locks at the first check after that ends.
 * The time comes from {@code clock}, so a test moves it on instead of waiting.
 */
public final class IdleLock {

    private final Clock clock;
    private final Supplier<Duration> after;
    private final BooleanSupplier mayLock;
    private final Runnable lock;
    private Instant last;

    /** @param after how long without input; zero or less: never */
    public IdleLock(Clock clock, Supplier<Duration> after, BooleanSupplier mayLock, Runnable lock) {
        this.clock = clock;
        this.after = after;
        this.mayLock = mayLock;
        this.lock = lock;
        this.last = clock.instant();
    }

    /** Someone used the till. */
    public void touched() {
        last = clock.instant();
    }

    /** Locks the till if nobody has used it for long enough and nothing holds the lock back. */
    public void check() {
        Duration limit = after.get();
        if (limit.isZero() || limit.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(last.plus(limit)) && mayLock.getAsBoolean()) {
            last = now;
            lock.run();
        }
    }
}
