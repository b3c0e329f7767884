package cloud.olympus.server.realtime;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a live screen should hear about. {@code seq} numbers the events of a business, an
 * organisation and its locations together, in the order they committed; {@code tenantId} is where it
 * happened (the location, or the organisation itself). {@code data} is a JSON tree: for order events
 * the order as {@code GET /api/v1/orders/{id}} answers it, for alerts an alert in the shape every
 * client shows.
 *
 * @param topic one of {@link RealtimeTopic}'s wire names, e.g. {@code orders}
 * @param event what happened, e.g. {@code order.placed}
 */
public record RealtimeEvent(UUID tenantId, long seq, String topic, String event, Object data, Instant occurredAt) {
}
