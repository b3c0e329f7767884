package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code closedBy} counted and closed a till's drawer: {@code counted} against the {@code expected}
 * it should have held; {@code variance} is counted less expected.
 */
public record DrawerClosed(UUID tenantId, UUID drawerId, UUID terminalId, BigDecimal expected, BigDecimal counted,
                           BigDecimal variance, UUID closedBy, UUID deviceId, Instant at) {
}
