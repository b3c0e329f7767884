package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order or a till's sale was placed with a discount: {@code amount} off in all, the reasons given
 * (if any), by {@code actorId} on the terminal {@code deviceId} (null off a registered terminal), {@code at}
 * the time the order was placed or the sale rung up; {@code approvedBy} the manager who approved it from afar, when one did.
 */
public record OrderDiscounted(UUID tenantId, UUID orderId, String orderNumber, BigDecimal amount, String currency,
                              List<String> reasons, UUID actorId, UUID deviceId, Instant at, UUID approvedBy) {

    /** The announcement of an order's discount, when it has one. */
    static java.util.Optional<OrderDiscounted> of(UUID tenantId, Order order, List<cloud.olympus.model.pricing.Discount> discounts,
                                                  UUID actorId, UUID deviceId, UUID approvedBy) {
        if (order.discountTotal().signum() <= 0) {
            return java.util.Optional.empty();
        }
        List<String> reasons = discounts.stream().map(cloud.olympus.model.pricing.Discount::reason)
                .filter(r -> r != null && !r.isBlank()).toList();
        return java.util.Optional.of(new OrderDiscounted(tenantId, order.id(), order.orderNumber(), order.discountTotal(),
                order.currency(), reasons, actorId, deviceId, order.createdAt(), approvedBy));
    }
}
