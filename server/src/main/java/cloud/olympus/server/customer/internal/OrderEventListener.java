package cloud.olympus.server.customer.internal;

import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.customer.Loyalty;
import cloud.olympus.server.shared.events.ParkedEvents;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Loyalty follows orders: after an order completes (or is refunded) and its transaction has
 * committed, the event registry hands it here, at least once. The tenant comes from the event and
 * is set before the listener's own transaction begins. An event whose data the loyalty rules
 * cannot take is parked with the reason rather than retried for ever.
 */
@Component
class OrderEventListener {

    private final Loyalty loyalty;
    private final ParkedEvents parked;

    OrderEventListener(Loyalty loyalty, ParkedEvents parked) {
        this.loyalty = loyalty;
        this.parked = parked;
    }

    @Async
    @TransactionalEventListener
    void on(OrderCompleted event) {
        if (event.customerId() != null) {
            parked.handle(event.tenantId(), "loyalty", event,
                    () -> loyalty.accrue(event.customerId(), event.orderId(), event.spent()));
        }
    }

    /**
     * Money back to a points payment as points gives those points back; a points payment paid out
     * in cash gives none back (the customer has the cash). Any other refund takes back its share
     * of what the order earned.
     */
    @Async
    @TransactionalEventListener
    void on(OrderRefunded event) {
        if (event.customerId() == null) {
            return;
        }
        String points = PaymentMethod.LOYALTY_POINTS.wireName();
        parked.handle(event.tenantId(), "loyalty", event, () -> {
            if (!points.equals(event.tender().method())) {
                loyalty.reverse(event.customerId(), event.orderId(), event.refundId(), event.amount());
            } else if (points.equals(event.refundMethod())) {
                loyalty.restore(event.customerId(), event.refundId(), event.tender().paymentId(), event.amount(),
                        event.tender().amount());
            }
        });
    }
}
