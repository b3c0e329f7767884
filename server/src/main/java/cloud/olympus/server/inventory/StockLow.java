package cloud.olympus.server.inventory;

import java.util.UUID;

/** An item's available stock fell to or below its minimum; {@code alertId} is the alert raised for it. */
public record StockLow(UUID tenantId, UUID itemId, String sku, String name, int available, int minStock, UUID alertId) {
}
