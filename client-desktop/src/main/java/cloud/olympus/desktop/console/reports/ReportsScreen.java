package cloud.olympus.desktop.console.reports;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.OrderBook;
import cloud.olympus.client.reports.ReportsApi;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.desktop.console.orders.BusinessDataExport;
import cloud.olympus.desktop.console.orders.OrdersScreen;
import cloud.olympus.model.auth.Permission;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * The console's Reports: the Z report with its cash drawers, sales over days, hours and labour cost,
 * saved as PDF; and the copy of all the business's data, as on Orders.
 */
public final class ReportsScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private final Function<String, Optional<Path>> saveTo;
    private ReportsViewModel model;
    private ReportsView view;

    public ReportsScreen(ConsoleContext context) {
        this(context, null);
    }

    /** @param saveTo where a report (or the copy of all data) is saved, given the name offered; null asks with a file chooser */
    public ReportsScreen(ConsoleContext context, Function<String, Optional<Path>> saveTo) {
        this.context = context;
        this.saveTo = saveTo;
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.REPORTS_VIEW);
    }

    @Override
    public Node view() {
        if (view == null) {
            ManagerApi manager = new ManagerApi(context.api());
            model = new ReportsViewModel(new ReportsApi(context.api().client()), () -> context.api().tenant(), manager::locations,
                    manager::businessDay, context.messages(), context.till().clock(), context.background(), context.ui(),
                    context.scope().placeProperty(), context.session().may(Permission.CASH_RECONCILE)
                            ? new CashApi(context.api().client()) : null);
            BusinessDataExport everything = new BusinessDataExport(new OrderBook(context.api()), context.session(),
                    OrdersScreen.OWN_THREAD, context.ui());
            view = new ReportsView(model, context.messages(), saveTo != null ? saveTo : this::choose, everything);
            model.loadPlaces();
        }
        return view;
    }

    @Override
    public void hidden() {
        if (model != null) {
            model.cancel();
        }
    }

    /** The view model behind the screen, once it is built. */
    public ReportsViewModel model() {
        return model;
    }

    private Optional<Path> choose(String name) {
        FileChooser chooser = new FileChooser();
        boolean zip = name.endsWith(".zip");
        chooser.setTitle(context.messages().get(zip ? "console.orders.export_all_title" : "console.reports.save"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(zip ? new FileChooser.ExtensionFilter("ZIP", "*.zip")
                : new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(view.getScene() == null ? null : view.getScene().getWindow());
        return Optional.ofNullable(file).map(java.io.File::toPath);
    }
}
