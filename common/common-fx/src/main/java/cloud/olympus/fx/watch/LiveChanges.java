package cloud.olympus.fx.watch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live changes heard, counted so that a reading from the server can tell whether one came while it
 * was under way. Such a reading may be older than the change (the server answered before it, the
 * event came after), so it is not shown over the change: it is asked for again.
 */
public final class LiveChanges {

    private final AtomicLong heard = new AtomicLong();

    /** A live change was taken in (or one came that what is shown cannot take in). */
    public void heard() {
        heard.incrementAndGet();
    }

    /** Where the count stands as a reading begins; {@link #since(long)} tells later whether it was overtaken. */
    public long mark() {
        return heard.get();
    }

    /** Whether a change was heard after {@code mark}: the reading begun then may be older than it. */
    public boolean since(long mark) {
        return heard.get() != mark;
    }
}
