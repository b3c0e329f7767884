package cloud.olympus.fx.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.ServerUnreachableException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollingWatchSourceTest {

    private final ManualLater time = new ManualLater();
    private final List<Object> told = new ArrayList<>();
    private boolean down;

    @Test
    void asksEveryFewSecondsAndSaysWhenTheServerIsAway() {
        PollingWatchSource source = new PollingWatchSource(() -> {
            if (down) {
                throw new ServerUnreachableException("no answer", new IOException("refused"));
            }
            return new Glance(List.of(), List.of(), time.instant());
        }, time, Runnable::run, Duration.ofSeconds(5));
        source.start(new WatchSource.Listener() {
            @Override
            public void glance(Glance glance) {
                told.add(glance.asOf());
            }

            @Override
            public void unreachable(RuntimeException why) {
                told.add("unreachable");
            }
        });
        assertThat(told).hasSize(1);
        assertThat(time.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        down = true;
        time.runNext();
        assertThat(told).last().isEqualTo("unreachable");
        down = false;
        // Asked to refresh: at once, and the next ask waits the whole interval again.
        source.refresh();
        assertThat(told).last().isInstanceOf(Instant.class);
        assertThat(time.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        source.close();
        assertThat(time.idle()).isTrue();
    }
}
