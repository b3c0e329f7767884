package cloud.olympus.server.commerce.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.commerce.OrderView;
import cloud.olympus.server.shared.web.Page;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders over GraphQL: the same reads, the same placement under an idempotency key and the same
 * status changes as {@link OrderController}, through {@link OrderEndpoints}.
 */
@Controller
class OrderGraphQlController {

    private final OrderEndpoints orders;
    private final JsonMapper json;

    OrderGraphQlController(OrderEndpoints orders, JsonMapper json) {
        this.orders = orders;
        this.json = json;
    }

    @Requires(Permission.ORDER_VIEW)
    @QueryMapping
    Page<OrderView> orders(@Argument List<String> status, @Argument String source, @Argument String from, @Argument String to,
                           @Argument UUID customerId, @Argument Boolean needsReview, @Argument String number,
                           @Argument Integer limit, @Argument String cursor) {
        return orders.list(new OrderEndpoints.ListQuery(status, source, from, to, customerId, needsReview, number, limit, cursor, null));
    }

    @Requires(Permission.ORDER_VIEW)
    @QueryMapping
    OrderView order(@Argument UUID id) {
        return orders.get(id);
    }

    @Requires(Permission.ORDER_CREATE)
    @MutationMapping
    OrderView createOrder(@Argument @Valid OrderController.OrderRequest input, @Argument String idempotencyKey) {
        return orders.place(input, idempotencyKey).body();
    }

    @Requires(Permission.ORDER_PREPARE)
    @MutationMapping
    OrderView changeOrderStatus(@Argument UUID id, @Argument String status) {
        return orders.changeStatus(id, status);
    }

    /**
     * The order an event is about, as it stood after the event: from the event itself when it
     * carries the order (as {@code GET /api/v1/orders/{id}} answers it), else read in the caller's
     * tenant.
     */
    @Requires(Permission.ORDER_VIEW)
    @SchemaMapping(typeName = "OrderEvent", field = "order")
    OrderView orderOf(Map<String, Object> event) {
        Object data = event.get("data");
        if (data != null) {
            try {
                return json.convertValue(data, OrderView.class);
            } catch (RuntimeException notAnOrder) {
                // An event of another shape: the order as stored answers instead.
            }
        }
        return orders.get((UUID) event.get("orderId"));
    }
}
