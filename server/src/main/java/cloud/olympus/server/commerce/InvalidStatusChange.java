package cloud.olympus.server.commerce;

import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.ErrorKind;

/** An order asked to move where its life does not go from where it is; says where it may go. */
public class InvalidStatusChange extends Conflict {

    public InvalidStatusChange(OrderStatus from, OrderStatus to) {
        super(ErrorKind.INVALID_STATUS_CHANGE, "An order that is " + from.wireName() + " cannot become " + to.wireName());
        with("status", from.wireName());
        with("allowed", from.allowedMoves().stream().map(OrderStatus::wireName).toList());
    }
}
