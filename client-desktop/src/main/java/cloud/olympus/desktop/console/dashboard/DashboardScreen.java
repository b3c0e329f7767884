package cloud.olympus.desktop.console.dashboard;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.fx.manager.TodayViewModel;
import cloud.olympus.fx.watch.Later;
import cloud.olympus.model.auth.Permission;
import java.util.Set;
import javafx.scene.Node;

/** The dashboard, for those who may read the reports; live while it is on screen. */
public final class DashboardScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private DashboardViewModel model;
    private DashboardView view;
    private RealtimeClient live;

    public DashboardScreen(ConsoleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.REPORTS_VIEW);
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new DashboardView(model(), context.messages());
        }
        return view;
    }

    /** The screen's view model, made once. */
    DashboardViewModel model() {
        if (model == null) {
            var manager = context.manager();
            model = new DashboardViewModel(DashboardViewModel.Source.of(manager), TodayViewModel.Source.of(manager),
                    context.figures("console-today", TodayViewModel.Today.class).missingSaidAs("mobile.today.unavailable"),
                    context.figures("console-beyond", DashboardViewModel.Beyond.class),
                    context.scope().placeProperty(), context.background(), context.ui(), Later.on(context.background()),
                    context.till().clock());
        }
        return model;
    }

    @Override
    public void shown() {
        view();
        model.start();
        if (live == null && context.session().may(Permission.ORDER_VIEW)) {
            live = context.api().live(Set.of("orders", "dashboard"), new DashboardLive(model, context.ui()));
            live.start();
        }
    }

    @Override
    public void hidden() {
        if (live != null) {
            live.close();
            live = null;
        }
    }
}
