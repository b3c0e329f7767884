package cloud.olympus.client.realtime;

import tools.jackson.databind.JsonNode;

/**
 * One live event from the server.
 *
 * @param topic {@code orders}, {@code inventory}, {@code alerts} or {@code dashboard}
 * @param seq   the business's event number: later events have higher numbers
 * @param event what happened, e.g. {@code order.placed}
 * @param data  what it happened to, as the REST API shows it (an order, an alert, a stock level...)
 */
public record RealtimeMessage(String topic, long seq, String event, JsonNode data) {
}
