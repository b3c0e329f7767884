package cloud.olympus.fx.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Time a test moves by hand: tasks run when the test says, and the clock shows when that is. */
public final class ManualLater extends Clock implements Later {

    private Instant now = Instant.parse("2026-11-27T12:00:00Z");
    private final List<Task> tasks = new ArrayList<>();

    private record Task(Instant at, Runnable run, boolean[] cancelled) {
    }

    @Override
    public synchronized Runnable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** The delay of the one task waiting to run. */
    synchronized Duration nextDelay() {
        List<Task> waiting = waiting();
        if (waiting.size() != 1) {
            throw new AssertionError("expected one task waiting, found " + waiting.size());
        }
        return Duration.between(now, waiting.get(0).at());
    }

    synchronized boolean idle() {
        return waiting().isEmpty();
    }

    /** Moves time on to the next task and runs it. */
    void runNext() {
        Task next;
        synchronized (this) {
            next = waiting().stream().min(java.util.Comparator.comparing(Task::at)).orElseThrow();
            tasks.remove(next);
            if (next.at().isAfter(now)) {
                now = next.at();
            }
        }
        next.run().run();
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    private List<Task> waiting() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).toList();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
