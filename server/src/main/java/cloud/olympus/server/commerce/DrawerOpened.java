package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code openedBy} opened the cash drawer of the till {@code terminalId} with a float of {@code openingFloat}. */
public record DrawerOpened(UUID tenantId, UUID drawerId, UUID terminalId, BigDecimal openingFloat, UUID openedBy, UUID deviceId,
                           Instant at) {
}
