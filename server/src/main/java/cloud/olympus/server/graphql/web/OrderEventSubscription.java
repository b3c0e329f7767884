package cloud.olympus.server.graphql.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.domain.Conflict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

/**
 * {@code orderEvents}: the caller's business's order events, as they are committed. Only that
 * business's: the tenant comes from the caller's token, never from the request; those who may act
 * for its locations (owners, admins) hear the locations' too, as on {@code /ws}. A subscriber that
 * falls {@value #MAX_BEHIND} events behind is dropped with an error instead of slowing anyone else.
 */
@Controller
class OrderEventSubscription {

    static final int MAX_BEHIND = 1_000;

    private final OrderEventSource source;

    OrderEventSubscription(OrderEventSource source) {
        this.source = source;
    }

    @Requires(Permission.ORDER_VIEW)
    @SubscriptionMapping
    Flux<Map<String, Object>> orderEvents() {
        Caller caller = CurrentCaller.get();
        UUID tenant = caller.homeTenantId();
        boolean withLocations = caller.may(Permission.LOCATION_ACT);
        return Flux.<Map<String, Object>>create(sink -> {
                    AutoCloseable subscription = source.subscribe(tenant, withLocations, event -> sink.next(fields(event)));
                    sink.onDispose(() -> close(subscription));
                }, FluxSink.OverflowStrategy.BUFFER)
                .onBackpressureBuffer(MAX_BEHIND, dropped -> { }, BufferOverflowStrategy.ERROR)
                .onErrorMap(Exceptions::isOverflow,
                        e -> new Conflict("This subscription fell too far behind its events; subscribe again"))
                // Events are told from the thread that committed them; answering one (reading its order) happens elsewhere.
                .publishOn(Schedulers.boundedElastic());
    }

    /** The event as the schema's OrderEvent reads it; {@code data} stays for the order's own field. */
    private static Map<String, Object> fields(OrderEventSource.OrderEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", event.seq());
        fields.put("tenantId", event.tenantId());
        fields.put("event", event.event());
        fields.put("orderId", event.orderId());
        fields.put("occurredAt", event.occurredAt());
        fields.put("data", event.data());
        return fields;
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
