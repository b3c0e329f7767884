package cloud.olympus.server.commerce;

import cloud.olympus.server.commerce.internal.OrderRepository;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports orders that already happened elsewhere (a previous till system, or demo history) as
 * they were: priced, paid, numbered. Publishes no events: nothing about them is new.
 */
@Service
public class OrderHistory {

    private final OrderRepository orders;

    OrderHistory(OrderRepository orders) {
        this.orders = orders;
    }

    /** Writes the orders with their lines, payments and refunds, and moves each day's order counter past their numbers. */
    @Transactional
    public void importOrders(List<Order> past) {
        UUID tenant = TenantContext.require();
        orders.insertAll(past);
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Order order : past) {
            int number = Integer.parseInt(order.orderNumber().substring(order.orderNumber().lastIndexOf('-') + 1));
            perDay.merge(order.businessDate(), number, Math::max);
        }
        perDay.forEach((day, last) -> orders.raiseCounter(tenant, day, last));
    }
}
