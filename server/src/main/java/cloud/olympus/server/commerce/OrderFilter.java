package cloud.olympus.server.commerce;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which orders a list shows; every part is optional (empty or null means any).
 *
 * @param statuses    any of these statuses, e.g. the open ones for an orders board
 * @param needsReview only sales waiting for (true) or past (false) a manager's review
 * @param number      the order with this number (B-20261127-0042), or whose id starts with these eight hex digits: the
 *                    reference on a receipt, typed or scanned
 */
public record OrderFilter(Set<OrderStatus> statuses, OrderSource source, Instant from, Instant to, UUID customerId,
                          Boolean needsReview, String number) {

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[0-9A-Fa-f]{8}");

    /** The range of ids a receipt reference stands for, when {@code number} is one. */
    public java.util.Optional<UUID[]> referenceRange() {
        if (number == null || !REFERENCE.matcher(number).matches()) {
            return java.util.Optional.empty();
        }
        String prefix = number.toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.of(new UUID[] {UUID.fromString(prefix + "-0000-0000-0000-000000000000"),
                UUID.fromString(prefix + "-ffff-ffff-ffff-ffffffffffff")});
    }

    public OrderFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
