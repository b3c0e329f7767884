package cloud.olympus.desktop.console.customers;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.backoffice.CustomerAdmin;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.desktop.console.FileDialogs;
import cloud.olympus.desktop.console.ScreenSwitch;
import cloud.olympus.desktop.console.TenantMoney;
import cloud.olympus.model.auth.Permission;
import javafx.scene.Node;

/** Customers: finding them, their details and tags, orders and points; their data handed over or erased. */
public final class CustomersScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private final FileDialogs files;
    private final TenantMoney money;
    private CustomersViewModel model;
    private CustomersView view;
    private boolean searched;

    public CustomersScreen(ConsoleContext context) {
        this(context, FileDialogs.system());
    }

    /** @param files where a customer's data is saved to (the system's dialog, or a test's folder) */
    public CustomersScreen(ConsoleContext context, FileDialogs files) {
        this.context = context;
        this.files = files;
        this.money = new TenantMoney(context);
    }

    @Override
    public String id() {
        return "customers";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.CUSTOMER_VIEW) && session.may(Permission.CUSTOMER_EDIT);
    }

    @Override
    public Node view() {
        if (view == null) {
            model = new CustomersViewModel(new CustomerAdmin(context.api().client()), context.background(), context.ui());
            view = new CustomersView(model, context.messages(), money::format, files,
                    context.session().may(Permission.CUSTOMER_PRIVACY));
        }
        return view;
    }

    @Override
    public void shown() {
        view();
        var suggested = context.screenSwitch().take(id(), ScreenSwitch.CustomersToShow.class);
        money.whenKnown(() -> {
            if (suggested.isPresent()) {
                searched = true;
                model.showOnly(suggested.get().ids());
            } else if (!searched) {
                searched = true;
                model.search();
            }
        });
    }

    /** The screen's view model, for tests that drive it. */
    public CustomersViewModel model() {
        view();
        return model;
    }
}
