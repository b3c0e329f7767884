package cloud.olympus.server.commerce;

import java.time.Instant;
import java.util.UUID;

/**
 * An order moved along its life, moved by {@code actorId} on the terminal {@code deviceId} (each null
 * when not known: a till's sale settling itself, a move made off a registered terminal).
 */
public record OrderStatusChanged(UUID tenantId, UUID orderId, String orderNumber, String from, String to, UUID actorId,
                                 UUID deviceId, Instant at) {

    public OrderStatusChanged(UUID tenantId, UUID orderId, String orderNumber, String from, String to) {
        this(tenantId, orderId, orderNumber, from, to, null, null, null);
    }
}
