package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/** A manager registered a shared terminal. */
public record DeviceRegistered(UUID tenantId, UUID deviceId, String name, UUID locationId, UUID registeredBy, Instant at) {
}
