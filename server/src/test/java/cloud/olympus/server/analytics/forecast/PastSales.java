package cloud.olympus.server.analytics.forecast;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderHistory;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.Payment;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Completed, paid orders of the past written straight into a test business's history, one item a line. */
final class PastSales {

    private final OrderHistory history;
    private final UUID tenant;
    private final TenantSettings settings;
    private final List<Order> orders = new ArrayList<>();

    PastSales(OrderHistory history, UUID tenant, TenantSettings settings) {
        this.history = history;
        this.tenant = tenant;
        this.settings = settings;
    }

    /** An order of {@code quantity} of the item at {@code price} on {@code day} at {@code hour} o'clock. */
    PastSales order(LocalDate day, int hour, UUID item, int quantity, String price, UUID customer) {
        BigDecimal total = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity));
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        Instant at = day.atTime(hour, 0).atZone(settings.zone()).toInstant();
        OrderLine line = new OrderLine(UUID.randomUUID(), 1, item, "SKU", "Item", quantity, new BigDecimal(price), List.of(), null,
                "standard", total, zero, zero, total, 0);
        Payment payment = new Payment(UUID.randomUUID(), "card", total, zero, null, zero, null, null, at, null);
        String number = "PS-" + day.toString().replace("-", "") + "-" + String.format("%04d", orders.size() + 1);
        orders.add(new Order(UUID.randomUUID(), number, OrderStatus.COMPLETED, OrderSource.POS, customer, List.of(line),
                settings.currency().getCurrencyCode(), total, zero, zero, total, List.of(), PaymentStatus.PAID, total, zero, zero,
                null, day, null, at, at, at, null, List.of(payment), List.of(), null, Order.Review.NONE));
        return this;
    }

    void write() {
        TenantContext.runAs(tenant, () -> history.importOrders(orders));
    }
}
