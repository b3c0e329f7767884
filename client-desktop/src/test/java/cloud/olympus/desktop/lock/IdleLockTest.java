package cloud.olympus.desktop.lock;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.desktop.AdjustableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The till locking itself after a while without input, on a clock the test moves on. */
class IdleLockTest {

    private final AdjustableClock clock = new AdjustableClock();
    private final AtomicInteger locks = new AtomicInteger();
    private final AtomicBoolean mayLock = new AtomicBoolean(true);
    private Duration after = Duration.ofMinutes(5);
    private final IdleLock idle = new IdleLock(clock, () -> after, mayLock::get, locks::incrementAndGet);

    @Test
    void locksOnceTheTimeWithoutInputHasPassed() {
        assertThat(checkAfter(4)).isZero();
        assertThat(checkAfter(1)).isOne();
    }

    @Test
    void inputStartsTheWaitAgain() {
        clock.advance(Duration.ofMinutes(4));
        idle.touched();
        assertThat(checkAfter(4)).isZero();
        assertThat(checkAfter(1)).isOne();
    }

    @Test
    void neverDuringAPaymentButAtTheFirstCheckAfterIt() {
        mayLock.set(false);
        assertThat(checkAfter(30)).isZero();
        assertThat(checkAfter(0)).isZero();
        mayLock.set(true);
        assertThat(checkAfter(0)).isOne();
    }

    @Test
    void locksOnceAndThenWaitsAWholeTimeAgain() {
        assertThat(checkAfter(6)).isOne();
        assertThat(checkAfter(0)).isOne();
        assertThat(checkAfter(4)).isOne();
        assertThat(checkAfter(1)).isEqualTo(2);
    }

    @Test
    void zeroMinutesIsNever() {
        after = Duration.ZERO;
        assertThat(checkAfter(60 * 48)).isZero();
    }

    @Test
    void theSettingIsReadAtEachCheck() {
        assertThat(checkAfter(3)).isZero();
        after = Duration.ofMinutes(2);
        assertThat(checkAfter(0)).isOne();
    }

    /** Moves the clock on by {@code minutes}, lets the till check, and answers how often it locked so far. */
    private int checkAfter(int minutes) {
        clock.advance(Duration.ofMinutes(minutes));
        idle.check();
        return locks.get();
    }
}
