package cloud.olympus.server.realtime;

import cloud.olympus.server.realtime.internal.Fanout;
import cloud.olympus.server.realtime.internal.Subscriber;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Live events of a tenant, as they reach this instance from any instance. Whoever subscribes checks
 * first that the caller may see the topics ({@link RealtimeTopic#allowedFor}); the feed hands over
 * only the events of the tenant subscribed for, in the order of their numbers, each once.
 * {@code onEvent} is called on the feed's own thread and must not block: hand the event on.
 */
@Service
public class RealtimeFeed {

    private final Fanout fanout;

    RealtimeFeed(Fanout fanout) {
        this.fanout = fanout;
    }

    /** A live subscription; {@link #close()} it when done. */
    public interface Subscription extends AutoCloseable {

        /** The business's last event number when the subscription began: where to resume from if nothing arrives. */
        long startSeq();

        /**
         * Whether events after the {@code afterSeq} asked for are no longer all kept (or never existed):
         * the subscriber should reload what it shows; live events follow all the same.
         */
        boolean missedSome();

        @Override
        void close();
    }

    /**
     * Subscribes to what happens at {@code tenantId} (a business, or one of its locations): the events
     * of {@code topics} ({@link RealtimeTopic} wire names) after {@code afterSeq} when given, then live.
     *
     * @throws IllegalArgumentException for a topic that does not exist
     */
    public Subscription subscribe(UUID tenantId, Set<String> topics, Long afterSeq, Consumer<RealtimeEvent> onEvent) {
        return open(fanout.subscribe(tenantId, false, wireNames(topics), afterSeq, onEvent));
    }

    /**
     * As {@link #subscribe}, for an organisation together with all its locations: for people whose
     * roles let them act for the locations. For a location, the same as {@link #subscribe}.
     */
    public Subscription subscribeWithLocations(UUID organisationId, Set<String> topics, Long afterSeq,
                                               Consumer<RealtimeEvent> onEvent) {
        return open(fanout.subscribe(organisationId, true, wireNames(topics), afterSeq, onEvent));
    }

    private static Set<String> wireNames(Set<String> topics) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("Subscribe to at least one topic");
        }
        return topics.stream().map(t -> RealtimeTopic.fromWireName(t)
                        .orElseThrow(() -> new IllegalArgumentException("No topic " + t)).wireName())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Subscription open(Subscriber subscriber) {
        return new Subscription() {
            @Override
            public long startSeq() {
                return subscriber.startSeq();
            }

            @Override
            public boolean missedSome() {
                return subscriber.missedSome();
            }

            @Override
            public void close() {
                subscriber.close();
            }
        };
    }
}
