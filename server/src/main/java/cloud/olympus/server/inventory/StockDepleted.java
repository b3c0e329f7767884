package cloud.olympus.server.inventory;

import java.util.UUID;

/** An item has nothing left to sell. */
public record StockDepleted(UUID tenantId, UUID itemId, String sku, String name) {
}
