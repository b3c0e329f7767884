package cloud.olympus.server.inventory;

import java.time.Instant;
import java.util.UUID;

/** A file of items was applied to the catalogue by {@code actorId}: how many were added and changed, how many rows were refused. */
public record ItemsImported(UUID tenantId, int created, int updated, int rejected, UUID actorId, UUID deviceId, Instant at) {
}
