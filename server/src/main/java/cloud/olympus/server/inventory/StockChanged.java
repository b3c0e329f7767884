package cloud.olympus.server.inventory;

import java.util.List;
import java.util.UUID;

/** The stock levels of these items changed (an order reserved or sold them, a count, a receipt...). */
public record StockChanged(UUID tenantId, List<UUID> itemIds) {
}
