package cloud.olympus.server.customer;

import java.util.UUID;

/** A customer's spending took them to a new loyalty tier. */
public record LoyaltyTierChanged(UUID tenantId, UUID customerId, String previousTier, String newTier) {
}
