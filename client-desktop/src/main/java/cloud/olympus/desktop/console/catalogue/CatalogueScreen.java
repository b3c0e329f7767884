package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.desktop.console.FileDialogs;
import cloud.olympus.desktop.console.TenantMoney;
import cloud.olympus.desktop.console.orders.OrdersScreen;
import cloud.olympus.model.auth.Permission;
import javafx.scene.Node;

/** The catalogue and its stock: items, categories, stock changes by hand and their ledger, files of items in and out. */
public final class CatalogueScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private final FileDialogs files;
    private final TenantMoney money;
    private CatalogueViewModel model;
    private CatalogueView view;

    public CatalogueScreen(ConsoleContext context) {
        this(context, FileDialogs.system());
    }

    /** @param files where files to import come from and exports go (the system's dialogs, or a test's folder) */
    public CatalogueScreen(ConsoleContext context, FileDialogs files) {
        this.context = context;
        this.files = files;
        this.money = new TenantMoney(context);
    }

    @Override
    public String id() {
        return "catalogue";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.CATALOGUE_EDIT) && session.may(Permission.STOCK_VIEW);
    }

    @Override
    public Node view() {
        if (view == null) {
            CatalogueAdmin admin = new CatalogueAdmin(context.api().client());
            // Imports and exports run on threads of their own that end with the work: nothing is left running.
            model = new CatalogueViewModel(admin, context.api(), context.background(), OrdersScreen.OWN_THREAD, context.ui());
            view = new CatalogueView(model, context.messages(), money::format,
                    () -> new ImportViewModel(admin, OrdersScreen.OWN_THREAD, context.ui()), files,
                    context.session().may(Permission.STOCK_ADJUST));
        }
        return view;
    }

    @Override
    public void shown() {
        view();
        money.whenKnown(model::load);
    }

    /** The screen's view model, for tests that drive it. */
    public CatalogueViewModel model() {
        view();
        return model;
    }
}
