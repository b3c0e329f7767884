package cloud.olympus.server.graphql.web;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where the {@code orderEvents} subscription hears of orders: one business's order events (with
 * {@code withLocations}, its locations' too), as they are committed, until the returned handle is closed.
 */
interface OrderEventSource {

    AutoCloseable subscribe(UUID tenantId, boolean withLocations, Consumer<OrderEvent> onEvent);

    /**
     * An order event: its sequence number, where it happened (the business or one of its locations),
     * its name ({@code order.placed}, ...), the order, when it happened, and {@code data}, the order as
     * {@code GET /api/v1/orders/{id}} answers it, when the event carries it (null otherwise: the order
     * is then read when asked for).
     */
    record OrderEvent(long seq, UUID tenantId, String event, UUID orderId, Instant occurredAt, Object data) {
    }
}
