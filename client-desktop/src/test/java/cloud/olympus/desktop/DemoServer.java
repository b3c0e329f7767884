package cloud.olympus.desktop;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.server.support.DemoServerProcess;
import java.util.List;
import java.util.UUID;

/**
 * The demo server the tests of this module share ({@link DemoServerProcess}), and its demo users.
 */
public final class DemoServer {

    /** Every demo user's password. */
    public static final String PASSWORD = DemoServerProcess.PASSWORD;

    private DemoServer() {
    }

    /** The server's base address, starting it first if need be. */
    public static String url() {
        return DemoServerProcess.url();
    }

    /** A demo user ({@code who} is owner, manager or cashier) logged in to a demo business. */
    public static OlympusApi login(String tenant, String who) {
        return DemoServerProcess.login(tenant, who);
    }

    /** A demo catalogue's item by its SKU. */
    public static CatalogueItem item(OlympusApi api, String sku) {
        return api.catalogue(null).items().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow();
    }

    /** A sale of one {@code sku} paid by {@code method} and taken through the kitchen to completed: one the figures count. */
    public static void completedSale(OlympusApi api, String sku, PaymentMethod method) {
        UUID item = item(api, sku).id();
        OrderDraft draft = new OrderDraft(UUID.randomUUID(), OrderSource.POS, List.of(new OrderDraft.Line(item, 1,
                sku.equals("PIZ-MAR") ? List.of(new OrderDraft.Choice("Size", "Large", null)) : List.of(), null, null)), null, List.of(),
                null, List.of(), null, null, null, false, null, null, null, null);
        OrderSummary order = api.placeOrder(draft);
        order = api.pay(order.id(), new OrderDraft.Tender(method, order.total(), null, null), UUID.randomUUID().toString());
        while (order.status() != OrderStatus.COMPLETED) {
            order = api.changeStatus(order.id(), OrderStatus.values()[order.status().ordinal() + 1]);
        }
    }
}
