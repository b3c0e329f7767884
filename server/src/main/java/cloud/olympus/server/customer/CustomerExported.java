package cloud.olympus.server.customer;

import java.time.Instant;
import java.util.UUID;

/** A copy of everything held about a customer was handed to {@code actorId}; nothing that names the person is in it. */
public record CustomerExported(UUID tenantId, UUID customerId, UUID actorId, UUID deviceId, Instant at) {
}
