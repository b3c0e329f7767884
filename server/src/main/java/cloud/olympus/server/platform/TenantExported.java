package cloud.olympus.server.platform;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Someone took a copy of all of a business's data: {@code exportedBy} {@code at} that moment, from
 * {@code deviceId} when on a shared terminal, with how many rows of each table went into it.
 */
public record TenantExported(UUID tenantId, UUID exportedBy, UUID deviceId, Instant at, Map<String, Long> rows) {
}
