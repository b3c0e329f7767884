package cloud.olympus.model.commerce;

import cloud.olympus.model.WireNames;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an order is in its life. It moves forward one step at a time,
 * Pending → Confirmed → Preparing → Ready → Completed, or to Cancelled from any of the first
 * three. Completed and Cancelled are final.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, PREPARING, READY, COMPLETED, CANCELLED;

    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(PENDING, CONFIRMED, PREPARING);

    /** Whether an order in this status may be moved to {@code next}. */
    public boolean canMoveTo(OrderStatus next) {
        if (next == CANCELLED) {
            return CANCELLABLE.contains(this);
        }
        return !isFinal() && next.ordinal() == ordinal() + 1;
    }

    /** Completed or cancelled: nothing more happens to the order. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** The statuses this one may move to, in order. */
    public Set<OrderStatus> allowedMoves() {
        Set<OrderStatus> moves = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus candidate : values()) {
            if (canMoveTo(candidate)) {
                moves.add(candidate);
            }
        }
        return moves;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<OrderStatus> fromWireName(String value) {
        return WireNames.parse(OrderStatus.class, value);
    }
}
