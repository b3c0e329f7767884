package cloud.olympus.server.assistant.internal;

import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderFilter;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.commerce.Payment;
import cloud.olympus.server.commerce.Refund;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The completed orders of a place over whole business days, added up as the hourly sales count
 * them: an order on the day it was rung or placed, what it came to less what was refunded of it.
 * Per product, the lines' totals for the units not refunded. An organisation asked as a whole counts
 * its locations' orders with its own.
 */
final class OrderFacts {

    private static final int PAGE = 500;
    /** More orders than this in one question is beyond what an answer reads one by one. */
    private static final int MOST = 100_000;

    record Line(UUID productId, String name, long quantity, BigDecimal revenue) {
    }

    record Spend(UUID customerId, long orders, BigDecimal revenue, Instant last) {
    }

    long orders;
    long items;
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal refunds = BigDecimal.ZERO;
    final Map<UUID, Line> products = new LinkedHashMap<>();
    final Map<String, BigDecimal> payments = new LinkedHashMap<>();
    final Map<String, Long> paymentCounts = new HashMap<>();
    final Map<UUID, Spend> customers = new HashMap<>();

    private final int scale;

    private OrderFacts(int scale) {
        this.scale = scale;
    }

    static OrderFacts of(OrderManagement management, Place place, LocalDate from, LocalDate to) {
        return of(management, place, from, to, false);
    }

    /**
     * With {@code payments}, each order is read whole, payments and refunds included, which a page
     * of orders leaves out.
     */
    static OrderFacts of(OrderManagement management, Place place, LocalDate from, LocalDate to, boolean payments) {
        OrderFacts facts = new OrderFacts(place.settings().scale());
        OrderFilter filter = new OrderFilter(Set.of(OrderStatus.COMPLETED), null, place.start(from), place.start(to.plusDays(1)),
                null, null, null);
        for (UUID seller : place.sellers()) {
            TenantContext.runAs(seller, () -> facts.read(management, filter, payments));
        }
        return facts;
    }

    private void read(OrderManagement management, OrderFilter filter, boolean payments) {
        Instant before = null;
        UUID beforeId = null;
        int read = 0;
        while (read < MOST) {
            List<Order> page = management.page(filter, before, beforeId, PAGE);
            for (Order order : page) {
                add(payments ? management.find(order.id()).orElse(order) : order);
            }
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
        BigDecimal net = order.total().subtract(order.refundedTotal());
        orders++;
        revenue = revenue.add(net);
        refunds = refunds.add(order.refundedTotal());
        for (OrderLine line : order.lines()) {
            long sold = line.quantity() - line.refundedQuantity();
            BigDecimal amount = line.quantity() == 0 ? BigDecimal.ZERO
                    : line.total().multiply(BigDecimal.valueOf(sold)).divide(BigDecimal.valueOf(line.quantity()), scale,
                    RoundingMode.HALF_UP);
            items += sold;
            if (line.productId() != null) {
                products.merge(line.productId(), new Line(line.productId(), line.name(), sold, amount),
                        (a, b) -> new Line(a.productId(), a.name(), a.quantity() + b.quantity(), a.revenue().add(b.revenue())));
            }
        }
        for (Payment payment : order.payments()) {
            payments.merge(payment.method(), payment.amount(), BigDecimal::add);
            paymentCounts.merge(payment.method(), 1L, Long::sum);
        }
        for (Refund refund : order.refunds()) {
            if (refund.method() != null) {
                payments.merge(refund.method(), refund.amount().negate(), BigDecimal::add);
            }
        }
        if (order.customerId() != null) {
            Instant at = order.rung() != null ? order.rung().at() : order.createdAt();
            customers.merge(order.customerId(), new Spend(order.customerId(), 1, net, at),
                    (a, b) -> new Spend(a.customerId(), a.orders() + b.orders(), a.revenue().add(b.revenue()),
                            a.last().isAfter(b.last()) ? a.last() : b.last()));
        }
    }

    BigDecimal averageOrder() {
        return orders == 0 ? BigDecimal.ZERO.setScale(scale)
                : revenue.divide(BigDecimal.valueOf(orders), scale, RoundingMode.HALF_UP);
    }
}
