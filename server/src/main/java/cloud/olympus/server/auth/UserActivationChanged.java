package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/** A user was deactivated ({@code active} false) or reactivated by {@code changedBy} {@code at} that moment. */
public record UserActivationChanged(UUID tenantId, UUID userId, boolean active, UUID changedBy, Instant at, UUID deviceId) {
}
