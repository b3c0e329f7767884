package cloud.olympus.server.realtime.internal;

import cloud.olympus.server.realtime.RealtimeEvent;
import cloud.olympus.server.realtime.RealtimeProperties;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's subscribers, by business. When a business's journal grows (its notification
 * arrives, from this instance or another), its new events are read once and handed to each of the
 * business's subscribers here that wants them, in order. A subscriber resuming from an earlier
 * number is first given what it missed, while later events wait for it.
 */
@Component
public class Fanout {

    private static final Logger log = LoggerFactory.getLogger(Fanout.class);
    private static final int BATCH = 500;

    private final EventJournal journal;
    private final Businesses businesses;
    private final TransactionTemplate tx;
    private final RealtimeProperties properties;
    private final Map<UUID, Group> groups = new ConcurrentHashMap<>();
    private final Set<UUID> behind = ConcurrentHashMap.newKeySet();

    Fanout(EventJournal journal, Businesses businesses, TransactionTemplate tx, RealtimeProperties properties) {
        this.journal = journal;
        this.businesses = businesses;
        this.tx = tx;
        this.properties = properties;
    }

    /**
     * Subscribes to the events of {@code tenantId}'s business that happened at {@code tenantId}, or,
     * with {@code withLocations}, also at its locations. With {@code afterSeq} the events after it are
     * handed over first, unless the journal no longer holds them all ({@link Subscriber#missedSome()}).
     */
    public Subscriber subscribe(UUID tenantId, boolean withLocations, Set<String> topics, Long afterSeq,
                                Consumer<RealtimeEvent> onEvent) {
        UUID business = businesses.of(tenantId);
        UUID only = withLocations && business.equals(tenantId) ? null : tenantId;
        Subscriber subscriber;
        long upTo;
        while (true) {
            Group group = groups.computeIfAbsent(business, Group::new);
            synchronized (group) {
                if (group.gone) {
                    continue;
                }
                if (!group.started) {
                    try {
                        group.delivered = inBusiness(business, () -> journal.lastSeq(business));
                    } catch (RuntimeException e) {
                        group.gone = true;
                        groups.remove(business, group);
                        throw e;
                    }
                    group.started = true;
                }
                upTo = group.delivered;
                boolean replay = afterSeq != null && afterSeq != upTo;
                subscriber = new Subscriber(this, group, only, Set.copyOf(topics), replay ? afterSeq : upTo, replay, onEvent);
                group.subscribers.add(subscriber);
            }
            break;
        }
        if (subscriber.replaying()) {
            replay(subscriber, business, tenantId, afterSeq, upTo);
        }
        return subscriber;
    }

    private void replay(Subscriber subscriber, UUID business, UUID reader, long afterSeq, long upTo) {
        List<RealtimeEvent> missed = List.of();
        boolean complete = false;
        try {
            if (afterSeq < upTo) {
                long firstKept = inBusiness(business, () -> journal.firstKept(business).orElse(upTo + 1));
                if (afterSeq + 1 >= firstKept) {
                    int most = properties.maxReplay();
                    // Read as the subscriber's own tenant: a location's subscriber reads nothing but its location's rows.
                    List<RealtimeEvent> rows = as(reader, () -> journal.after(business, subscriber.only(), afterSeq, upTo,
                            List.copyOf(subscriber.topics()), most + 1));
                    if (rows.size() <= most) {
                        missed = rows;
                        complete = true;
                    }
                }
            }
        } finally {
            subscriber.replayed(missed, complete, upTo);
        }
    }

    /** The business's journal has grown to at least {@code seq}: hand the new events to its subscribers here. */
    void notified(UUID business, long seq) {
        Group group = groups.get(business);
        if (group != null) {
            pull(group, seq);
        }
    }

    /** After the notification connection was lost: every business followed here may have missed events. */
    void catchUpAll() {
        groups.values().forEach(group -> pull(group, Long.MAX_VALUE));
    }

    /** Retries the businesses whose last reading failed. */
    void retryBehind() {
        for (UUID business : List.copyOf(behind)) {
            behind.remove(business);
            notified(business, Long.MAX_VALUE);
        }
    }

    private void pull(Group group, long seq) {
        synchronized (group) {
            if (!group.started || group.gone || seq <= group.delivered) {
                return;
            }
            try {
                List<RealtimeEvent> batch;
                do {
                    long from = group.delivered;
                    batch = inBusiness(group.business, () -> journal.after(group.business, null, from, Long.MAX_VALUE, null, BATCH));
                    for (RealtimeEvent event : batch) {
                        for (Subscriber subscriber : group.subscribers) {
                            subscriber.offer(event);
                        }
                        group.delivered = event.seq();
                    }
                } while (batch.size() == BATCH);
            } catch (RuntimeException e) {
                log.warn("Could not read the live events of business {}; trying again shortly: {}", group.business, e.getMessage());
                behind.add(group.business);
            }
        }
    }

    void leave(Group group, Subscriber subscriber) {
        synchronized (group) {
            group.subscribers.remove(subscriber);
            if (group.subscribers.isEmpty()) {
                group.gone = true;
                groups.remove(group.business, group);
            }
        }
    }

    private <T> T inBusiness(UUID business, Supplier<T> work) {
        return as(business, work);
    }

    private <T> T as(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> work.get()));
    }

    /** A business's subscribers on this instance, and the last of its events handed to them. */
    static final class Group {
        final UUID business;
        final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
        long delivered;
        boolean started;
        boolean gone;

        Group(UUID business) {
            this.business = business;
        }
    }
}
