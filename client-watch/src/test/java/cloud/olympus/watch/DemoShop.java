package cloud.olympus.watch;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens at the demo restaurant's downtown location while a watch looks on: tickets for the kitchen, a shelf running low. */
final class DemoShop {

    static final String TENANT = "bella-cucina-downtown";

    private DemoShop() {
    }

    /**
     * A large Margherita with olives and a note, paid in cash and confirmed: a new ticket for the
     * kitchen. Moved on to {@code status} (preparing, ready) when that is further.
     */
    static OrderSummary ticket(OlympusApi manager, OrderStatus status) {
        UUID pizza = manager.catalogue(null).items().stream().filter(i -> i.sku().equals("PIZ-MAR")).findFirst().orElseThrow().id();
        OrderDraft draft = new OrderDraft(UUID.randomUUID(), OrderSource.POS, List.of(new OrderDraft.Line(pizza, 1,
                List.of(new OrderDraft.Choice("Size", "Large", null), new OrderDraft.Choice("Extras", "Olives", null)),
                "no basil", null)), null, List.of(), null, List.of(), null, null, null, false, null, null, null);
        OrderSummary order = manager.placeOrder(draft);
        order = manager.pay(order.id(), new OrderDraft.Tender(PaymentMethod.CASH, order.total(), null, null),
                UUID.randomUUID().toString());
        for (OrderStatus next : List.of(OrderStatus.CONFIRMED, OrderStatus.PREPARING, OrderStatus.READY)) {
            if (order.status().compareTo(next) < 0 && status.compareTo(next) >= 0) {
                order = manager.changeStatus(order.id(), next);
            }
        }
        return order;
    }

    /** An item of its own whose stock falls to 4 of a minimum of 5: an open stock alert, answered. */
    static Alert lowStock(OlympusApi manager, String name) {
        String sku = "W-" + UUID.randomUUID().toString().substring(0, 8);
        var item = manager.client().post("/api/v1/inventory/items", Map.of("sku", sku, "name", name, "unit_price", "3.00",
                "current_stock", 10, "min_stock", 5));
        manager.client().post("/api/v1/inventory/items/" + item.get("id").asString() + "/adjustments",
                Map.of("quantity_delta", -6, "reason", "waste"), UUID.randomUUID().toString());
        return manager.openStockAlerts().stream().filter(a -> a.subject().label().equals(name)).findFirst().orElseThrow();
    }
}
