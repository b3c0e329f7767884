package cloud.olympus.server.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone changed an item's stock by hand (a receipt, an adjustment, waste or a count): from
 * {@code stockBefore} to {@code stockAfter}, for {@code reason}, with their note, {@code at} that moment.
 */
public record StockAdjusted(UUID tenantId, UUID itemId, String sku, String name, String reason, int stockBefore,
                            int stockAfter, String note, UUID actorId, Instant at) {
}
