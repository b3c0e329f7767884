package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A till reported a sale it kept but could not record, which {@code decidedBy} (as the till names
 * them) decided {@code decidedAt} not to send, for {@code reason}; reported by {@code reportedBy}
 * on the terminal {@code deviceId} (null off a registered terminal).
 */
public record SaleDiscarded(UUID tenantId, UUID saleId, UUID terminalId, Instant rungAt, BigDecimal total, String reason,
                            String decidedBy, Instant decidedAt, String problem, UUID reportedBy, UUID deviceId) {
}
