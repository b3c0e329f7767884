package cloud.olympus.server.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An item's selling price changed, by {@code actorId} (on the terminal {@code deviceId}, if one). */
public record ItemPriceChanged(UUID tenantId, UUID itemId, String sku, String name, BigDecimal before, BigDecimal after,
                               UUID actorId, UUID deviceId, Instant at) {
}
