package cloud.olympus.server.customer.internal;

import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.customer.Loyalty;
import cloud.olympus.server.shared.tenancy.TenantContext;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Loyalty follows orders: after an order completes (or is refunded) and its transaction has
 * committed, the event registry hands it here, at least once. The tenant comes from the event and
 * is set before the listener's own transaction begins.
 */
@Component
class OrderEventListener {

    private final Loyalty loyalty;

    OrderEventListener(Loyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Async
    @TransactionalEventListener
    void on(OrderCompleted event) {
        if (event.customerId() != null) {
            TenantContext.runAs(event.tenantId(), () -> loyalty.accrue(event.customerId(), event.orderId(), event.spent()));
        }
    }

    @Async
    @TransactionalEventListener
    void on(OrderRefunded event) {
        if (event.customerId() != null) {
            TenantContext.runAs(event.tenantId(), () -> loyalty.reverse(event.customerId(), event.refundId(), event.amount()));
        }
    }
}
