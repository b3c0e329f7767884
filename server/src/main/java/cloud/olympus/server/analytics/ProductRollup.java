package cloud.olympus.server.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One item's sales in one hour: units sold less units refunded, line totals less refunded line amounts;
 * {@code categoryId} is where the item was filed when the sale was rolled up (null: none).
 */
public record ProductRollup(Instant hourStart, UUID itemId, UUID categoryId, long quantity, BigDecimal revenue) {
}
