package cloud.olympus.server.commerce.web;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderFilter;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.commerce.OrderView;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Locations;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.QueryInstants;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the two doors to orders, REST and GraphQL, do alike: read a list's filters and cursor, place
 * an order under its idempotency key, move an order to a status named on the wire. One set of rules,
 * one set of refusals, whichever door a request came through.
 */
@Component
class OrderEndpoints {

    /** The scope of an order's idempotency key: a key sent to either door finds the order placed through the other. */
    static final String PLACE_SCOPE = "POST /orders";

    private final OrderManagement management;
    private final IdempotentRequests idempotent;
    private final Tenants tenants;
    private final Locations locations;

    OrderEndpoints(OrderManagement management, IdempotentRequests idempotent, Tenants tenants, Locations locations) {
        this.management = management;
        this.idempotent = idempotent;
        this.tenants = tenants;
        this.locations = locations;
    }

    /** Which orders a list shows, as the caller wrote it: statuses and source by their wire names, times as text. */
    record ListQuery(Collection<String> statuses, String source, String from, String to, UUID customerId, Boolean needsReview,
                     String number, Integer limit, String cursor, UUID locationId) {
    }

    OrderView get(UUID id) {
        return get(id, null);
    }

    /** One order of the business, or of one of its locations when {@code locationId} names one. */
    OrderView get(UUID id, UUID locationId) {
        return TenantContext.callAs(placeToRead(locationId),
                () -> management.find(id).map(OrderView::of).orElseThrow(() -> ApiProblem.notFound("Order")));
    }

    /** Clears a sale's review, the sale being the business's own or one of its locations'. */
    OrderView review(UUID id, String note, UUID locationId) {
        Caller caller = CurrentCaller.get();
        return TenantContext.callAs(place(locationId), () -> OrderView.of(management.review(id, note, caller)));
    }

    /**
     * The tenant whose orders are read: the caller's business, or one of its locations. Another
     * business's location, or an id that is no location, is not found, as on the dashboard.
     */
    private UUID place(UUID locationId) {
        return locations.tenantFor(locationId);
    }

    /** {@code work} done at the business, or at one of its locations when {@code locationId} names one. */
    <T> T at(UUID locationId, java.util.function.Supplier<T> work) {
        return locations.callAt(locationId, work);
    }

    /** The tenant whose orders are read: as {@link #place}, a location the business closed included. */
    private UUID placeToRead(UUID locationId) {
        UUID caller = TenantContext.require();
        if (locationId == null || locationId.equals(caller)) {
            return caller;
        }
        if (!tenants.isReadableLocationOf(locationId, caller)) {
            throw ApiProblem.notFound("Location");
        }
        return locationId;
    }

    Page<OrderView> list(ListQuery query) {
        // A location's orders are its own tenant's: read, and their dates placed in its business day, as that tenant.
        return TenantContext.callAs(placeToRead(query.locationId()), () -> listHere(query));
    }

    private Page<OrderView> listHere(ListQuery query) {
        int size = Page.limit(query.limit());
        Set<OrderStatus> statuses = new LinkedHashSet<>();
        if (query.statuses() != null) {
            for (String name : query.statuses()) {
                statuses.add(Input.choice(OrderStatus.class, name, "status"));
            }
        }
        OrderSource source = query.source() == null ? null : Input.choice(OrderSource.class, query.source(), "source");
        String number = query.number();
        if (number != null && number.length() > 50) {
            throw ApiProblem.invalid("number must be at most 50 characters").with("field", "number");
        }
        Instant before = null;
        UUID beforeId = null;
        Optional<String> position = Page.decode(query.cursor());
        if (position.isPresent()) {
            try {
                String[] parts = position.get().split("\n", 2);
                before = Instant.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ApiProblem.invalid("cursor is not valid");
            }
        }
        OrderFilter filter = new OrderFilter(statuses, source, instant(query.from(), "from"), instant(query.to(), "to"),
                query.customerId(), query.needsReview(),
                number == null || number.isBlank() ? null : number.trim().toUpperCase(Locale.ROOT));
        List<Order> rows = management.page(filter, before, beforeId, size + 1);
        return Page.of(rows, size, o -> o.createdAt() + "\n" + o.id(), OrderView::of);
    }

    IdempotentRequests.Outcome<OrderView> place(OrderController.OrderRequest body, String key) {
        Caller caller = CurrentCaller.get();
        var request = body.toCommand();
        return idempotent.run(key, PLACE_SCOPE, caller.userId(), body, OrderView.class,
                () -> OrderView.of(management.place(Optional.ofNullable(body.id()), request, caller)));
    }

    OrderView changeStatus(UUID id, String status) {
        OrderStatus target = Input.choice(OrderStatus.class, status, "status");
        return OrderView.of(management.changeStatus(id, target, CurrentCaller.get()));
    }

    /** An instant, or a business date in the tenant's time zone ({@code to} then means the end of that day). */
    private Instant instant(String value, String field) {
        return QueryInstants.instantOrDay(value, field, date -> {
            var settings = tenants.settingsOf(TenantContext.require());
            return date.atTime(settings.businessDayStart()).atZone(settings.zone()).toInstant();
        });
    }
}
