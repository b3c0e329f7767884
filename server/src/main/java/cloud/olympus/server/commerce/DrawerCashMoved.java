package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Cash was paid into or out of a till's drawer by {@code by}, for {@code reason}. */
public record DrawerCashMoved(UUID tenantId, UUID drawerId, UUID movementId, CashDrawer.Kind kind, BigDecimal amount,
                              String reason, UUID by, UUID deviceId, Instant at) {
}
