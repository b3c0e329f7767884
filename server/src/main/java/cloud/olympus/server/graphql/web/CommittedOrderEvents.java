package cloud.olympus.server.graphql.web;

import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderPlaced;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.commerce.OrderStatusChanged;
import cloud.olympus.server.commerce.PaymentCaptured;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Order events of this server instance, told to its subscribers once the change that raised them is
 * committed (a rolled-back change tells nobody). Only what happens on this instance: the realtime
 * module's feed, which carries every instance's events through PostgreSQL, replaces it when it is there.
 * Sequence numbers count this instance's events since it started.
 */
@Component
class CommittedOrderEvents implements OrderEventSource {

    private static final Logger log = LoggerFactory.getLogger(CommittedOrderEvents.class);

    private final Map<UUID, Set<Consumer<OrderEvent>>> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final Clock clock;

    CommittedOrderEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AutoCloseable subscribe(UUID tenantId, Consumer<OrderEvent> onEvent) {
        subscribers.computeIfAbsent(tenantId, t -> new CopyOnWriteArraySet<>()).add(onEvent);
        return () -> subscribers.computeIfPresent(tenantId, (t, set) -> {
            set.remove(onEvent);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void on(OrderPlaced e) {
        afterCommit(e.tenantId(), "order.placed", e.orderId());
    }

    @EventListener
    void on(OrderStatusChanged e) {
        afterCommit(e.tenantId(), "order.status_changed", e.orderId());
    }

    @EventListener
    void on(OrderCompleted e) {
        afterCommit(e.tenantId(), "order.completed", e.orderId());
    }

    @EventListener
    void on(OrderRefunded e) {
        afterCommit(e.tenantId(), "order.refunded", e.orderId());
    }

    @EventListener
    void on(PaymentCaptured e) {
        afterCommit(e.tenantId(), "payment.captured", e.orderId());
    }

    private void afterCommit(UUID tenantId, String event, UUID orderId) {
        if (!subscribers.containsKey(tenantId)) {
            return;
        }
        Runnable tell = () -> tell(tenantId, new OrderEvent(seq.incrementAndGet(), event, orderId, clock.instant(), null));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell.run();
                }
            });
        } else {
            tell.run();
        }
    }

    private void tell(UUID tenantId, OrderEvent event) {
        for (Consumer<OrderEvent> subscriber : subscribers.getOrDefault(tenantId, Set.of())) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                log.warn("An order event subscriber failed: {}", e.getMessage());
            }
        }
    }
}
