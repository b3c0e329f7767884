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
 * @param number      the order with this number, e.g. scanned from a receipt
 */
public record OrderFilter(Set<OrderStatus> statuses, OrderSource source, Instant from, Instant to, UUID customerId,
                          Boolean needsReview, String number) {

    public OrderFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
