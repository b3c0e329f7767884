package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.util.UUID;

/** An order was taken and its stock reserved. */
public record OrderPlaced(UUID tenantId, UUID orderId, String orderNumber, String source, BigDecimal total, String currency, UUID customerId) {
}
