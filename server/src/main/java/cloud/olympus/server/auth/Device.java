package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered shared terminal: where it stands ({@code locationId}, the business or one of its
 * locations), who registered it and when, when it was last used, and when it was revoked, if it was.
 */
public record Device(UUID id, UUID tenantId, String name, UUID locationId, Instant registeredAt, UUID registeredBy,
                     Instant lastUsedAt, Instant revokedAt) {
}
