package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone decided on a device's pairing code: approved (the device gets a session of theirs) or
 * refused. {@code authorizationId} names the device's request for a code.
 */
public record DevicePairingDecided(UUID tenantId, UUID authorizationId, UUID decidedBy, boolean approved, Instant at,
                                   UUID deviceId) {
}
