package cloud.olympus.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesDoubleUpToTheMostAndEachIsCutByUpToHalf() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(7));
        long[] ceilings = {100, 200, 400, 800, 1600, 2000, 2000, 2000};
        for (int failures = 0; failures < ceilings.length; failures++) {
            long pause = backoff.delay(failures).toMillis();
            assertThat(pause).as("after %d failures", failures).isBetween(ceilings[failures] / 2, ceilings[failures]);
        }
        assertThat(backoff.delay(1_000).toMillis()).isBetween(1_000L, 2_000L);
    }

    @Test
    void clientsCutOffTogetherDoNotAllComeBackTogether() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(42));
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(4)).distinct().count()).isGreaterThan(40);
    }

    @Test
    void aPauseMustBePositive() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
