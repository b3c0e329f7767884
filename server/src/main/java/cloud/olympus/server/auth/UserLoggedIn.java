package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/** A user logged in successfully. */
public record UserLoggedIn(UUID tenantId, UUID userId, String clientAddress, Instant at) {
}
