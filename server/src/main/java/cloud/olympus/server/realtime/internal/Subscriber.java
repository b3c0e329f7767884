package cloud.olympus.server.realtime.internal;

import cloud.olympus.server.realtime.RealtimeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription: the events of its topics, from where it happened ({@code only}, or the whole
 * business when null), each handed over once and in order. While it is being given what it missed,
 * newer events wait here.
 */
public final class Subscriber {

    private static final Logger log = LoggerFactory.getLogger(Subscriber.class);
    /** Newer events waiting for a replay; past this the subscriber reloads instead. */
    private static final int MAX_WAITING = 10_000;

    private final Fanout fanout;
    private final Fanout.Group group;
    private final UUID only;
    private final Set<String> topics;
    private final Consumer<RealtimeEvent> onEvent;
    private final List<RealtimeEvent> waiting = new ArrayList<>();
    private final long startSeq;
    private long delivered;
    private boolean replaying;
    private boolean missedSome;
    private boolean closed;

    Subscriber(Fanout fanout, Fanout.Group group, UUID only, Set<String> topics, long delivered, boolean replaying,
               Consumer<RealtimeEvent> onEvent) {
        this.fanout = fanout;
        this.group = group;
        this.only = only;
        this.topics = topics;
        this.delivered = delivered;
        this.startSeq = group.delivered;
        this.replaying = replaying;
        this.onEvent = onEvent;
    }

    /** The business's last number when this subscription began. */
    public long startSeq() {
        return startSeq;
    }

    /** Whether events it asked to resume from were no longer all kept: whoever subscribed should reload. */
    public synchronized boolean missedSome() {
        return missedSome;
    }

    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
        }
        fanout.leave(group, this);
    }

    UUID only() {
        return only;
    }

    Set<String> topics() {
        return topics;
    }

    synchronized boolean replaying() {
        return replaying;
    }

    /** A new event of the business. */
    synchronized void offer(RealtimeEvent event) {
        if (closed) {
            return;
        }
        if (replaying) {
            if (waiting.size() < MAX_WAITING) {
                waiting.add(event);
            } else {
                missedSome = true;
            }
            return;
        }
        deliver(event);
    }

    /** The replay is over: what it found (when {@code complete}, everything missed), then what waited meanwhile. */
    synchronized void replayed(List<RealtimeEvent> missed, boolean complete, long upTo) {
        if (!complete) {
            missedSome = true;
            delivered = Math.max(delivered, upTo);
        }
        missed.forEach(this::deliver);
        waiting.forEach(this::deliver);
        waiting.clear();
        replaying = false;
    }

    private void deliver(RealtimeEvent event) {
        if (closed || event.seq() <= delivered) {
            return;
        }
        delivered = event.seq();
        if (!topics.contains(event.topic()) || only != null && !only.equals(event.tenantId())) {
            return;
        }
        try {
            onEvent.accept(event);
        } catch (RuntimeException e) {
            log.warn("A live subscriber failed on event {} of {}: {}", event.seq(), group.business, e.toString());
        }
    }
}
