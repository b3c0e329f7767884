package cloud.olympus.server.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's personal data was erased at their request, by {@code actorId}: nothing that names the
 * person is in it, only how many orders were taken off them and how many points were cleared.
 */
public record CustomerErased(UUID tenantId, UUID customerId, int ordersUnlinked, long pointsCleared, UUID actorId,
                             UUID deviceId, Instant at) {
}
