package cloud.olympus.desktop.console.orders;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TenantProfile;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.client.manager.OrderBook;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.model.auth.Permission;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** The console's orders: every order of the business, found by any filter, opened, refunded, exported. */
public final class OrdersScreen implements ConsoleScreen {

    /** Exports run on a thread of their own, one per export, so a long one holds up nothing else. */
    public static final Executor OWN_THREAD = work -> {
        Thread thread = new Thread(work, "olympus-export");
        thread.setDaemon(true);
        thread.start();
    };

    private final ConsoleContext context;
    private OrdersViewModel model;
    private OrdersView view;

    public OrdersScreen(ConsoleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "orders";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.ORDER_VIEW) && session.may(Permission.REPORTS_VIEW);
    }

    @Override
    public Node view() {
        if (view == null) {
            TenantProfile tenant = context.till().catalogue().current().map(CatalogueCache.Stored::tenant).orElse(null);
            model = new OrdersViewModel(context.api(), tenant, context.session(), context.till().clock(), context.background(),
                    context.ui(), OWN_THREAD, OrderBook.PAGE, context.scope().placeProperty());
            model.locationsAre(context.scope().places(), tenant == null ? null : tenant.name());
            view = new OrdersView(model, context.messages());
        }
        return view;
    }

    @Override
    public void shown() {
        model.search();
    }

    /** The screen's workings, for the screens that offer its exports (the reports). */
    public OrdersViewModel model() {
        view();
        return model;
    }
}
