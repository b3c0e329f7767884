package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A manager ended the session of a paired device (a watch): {@code authorizationId} names its
 * pairing request, {@code userId} whose session it was; {@code deviceId} is the terminal the manager
 * was on, if any.
 */
public record PairedDeviceRevoked(UUID tenantId, UUID authorizationId, UUID userId, String userAgent, UUID revokedBy,
                                  Instant at, UUID deviceId) {
}
