package cloud.olympus.server.graphql.web;

import cloud.olympus.server.realtime.RealtimeEvent;
import cloud.olympus.server.realtime.RealtimeFeed;
import cloud.olympus.server.realtime.RealtimeTopic;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Order events from the realtime module's feed: every instance's, in the business's own numbering,
 * each carrying the order as {@code GET /api/v1/orders/{id}} answers it.
 */
@Component
class RealtimeOrderEvents implements OrderEventSource {

    private final RealtimeFeed feed;

    RealtimeOrderEvents(RealtimeFeed feed) {
        this.feed = feed;
    }

    @Override
    public AutoCloseable subscribe(UUID tenantId, boolean withLocations, Consumer<OrderEvent> onEvent) {
        Set<String> orders = Set.of(RealtimeTopic.ORDERS.wireName());
        Consumer<RealtimeEvent> told = event -> {
            if (event.data() instanceof JsonNode order && order.hasNonNull("id")) {
                onEvent.accept(new OrderEvent(event.seq(), event.tenantId(), event.event(),
                        UUID.fromString(order.get("id").asString()), event.occurredAt(), order));
            }
        };
        return withLocations ? feed.subscribeWithLocations(tenantId, orders, null, told) : feed.subscribe(tenantId, orders, null, told);
    }
}
