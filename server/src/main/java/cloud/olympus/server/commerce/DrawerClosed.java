package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code closedBy} counted and closed a till's drawer: {@code counted} against the {@code expected}
 * it should have held; {@code variance} is counted less expected. {@code managerReason} is there when
 * a manager closed the drawer away from its till (a till that is gone), and why; {@code counted}
 * and {@code variance} are then null when the cash was not counted.
 */
public record DrawerClosed(UUID tenantId, UUID drawerId, UUID terminalId, BigDecimal expected, BigDecimal counted,
                           BigDecimal variance, UUID closedBy, UUID deviceId, Instant at, String managerReason) {
}
