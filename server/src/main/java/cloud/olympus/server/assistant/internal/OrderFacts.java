package cloud.olympus.server.assistant.internal;

import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderFilter;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What each known customer spent on a place's completed orders over whole business days: an order on
 * the day it was rung or placed, what it came to less what was refunded of it. An organisation asked
 * as a whole counts its locations' orders with its own. (Sales figures come from the rollups, see
 * {@link SalesAnswers}; the rollups keep no spending per customer.)
 */
final class OrderFacts {

    private static final int PAGE = 500;
    /** More orders than this in one question is beyond what an answer reads one by one. */
    private static final int MOST = 100_000;

    record Spend(UUID customerId, long orders, BigDecimal revenue, Instant last) {
    }

    final Map<UUID, Spend> customers = new HashMap<>();

    private OrderFacts() {
    }

    static OrderFacts of(OrderManagement management, Place place, LocalDate from, LocalDate to) {
        OrderFacts facts = new OrderFacts();
        OrderFilter filter = new OrderFilter(Set.of(OrderStatus.COMPLETED), null, place.start(from), place.start(to.plusDays(1)),
                null, null, null);
        for (UUID seller : place.sellers()) {
            TenantContext.runAs(seller, () -> facts.read(management, filter));
        }
        return facts;
    }

    private void read(OrderManagement management, OrderFilter filter) {
        Instant before = null;
        UUID beforeId = null;
        int read = 0;
        while (read < MOST) {
            List<Order> page = management.page(filter, before, beforeId, PAGE);
            page.forEach(this::add);
            read += page.size();
            if (page.size() < PAGE) {
                break;
            }
            Order last = page.get(page.size() - 1);
            before = last.createdAt();
            beforeId = last.id();
        }
    }

    private void add(Order order) {
        if (order.customerId() != null) {
            BigDecimal net = order.total().subtract(order.refundedTotal());
            Instant at = order.rung() != null ? order.rung().at() : order.createdAt();
            customers.merge(order.customerId(), new Spend(order.customerId(), 1, net, at),
                    (a, b) -> new Spend(a.customerId(), a.orders() + b.orders(), a.revenue().add(b.revenue()),
                            a.last().isAfter(b.last()) ? a.last() : b.last()));
        }
    }
}
