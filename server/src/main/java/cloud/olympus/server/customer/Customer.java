package cloud.olympus.server.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer of one tenant, with their loyalty standing. */
public record Customer(UUID id, String externalId, String firstName, String lastName, String email, String phone,
                       String loyaltyTier, long loyaltyPoints, BigDecimal lifetimeValue, Map<String, Object> preferences,
                       List<String> tags, Instant createdAt, Instant updatedAt) {
}
