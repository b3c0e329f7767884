package cloud.olympus.server.inventory;

import java.util.UUID;

/** An item has nothing left to sell; {@code alertId} is the alert raised for it. */
public record StockDepleted(UUID tenantId, UUID itemId, String sku, String name, UUID alertId) {
}
