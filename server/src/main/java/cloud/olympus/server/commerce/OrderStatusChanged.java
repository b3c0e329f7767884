package cloud.olympus.server.commerce;

import java.util.UUID;

/** An order moved along its life. */
public record OrderStatusChanged(UUID tenantId, UUID orderId, String orderNumber, String from, String to) {
}
