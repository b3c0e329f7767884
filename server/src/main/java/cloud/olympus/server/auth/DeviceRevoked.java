package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/** A manager revoked a shared terminal: its token and the sessions opened on it stopped working. */
public record DeviceRevoked(UUID tenantId, UUID deviceId, String name, UUID revokedBy, Instant at) {
}
