package cloud.olympus.desktop.console.assistant;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.fx.manager.AskViewModel;
import cloud.olympus.model.auth.Permission;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;

/** The assistant, for those who may read the reports: questions in plain words and what it recommends. */
public final class AssistantScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private AssistantViewModel model;
    private AssistantView view;
    private boolean started;

    public AssistantScreen(ConsoleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "assistant";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.REPORTS_VIEW);
    }

    @Override
    public Node view() {
        if (view == null) {
            var manager = context.manager();
            List<String> starters = IntStream.rangeClosed(1, 4).mapToObj(i -> context.messages().get("mobile.ask.example." + i)).toList();
            AskViewModel ask = new AskViewModel(AssistantViewModel.scoped(manager, context.scope()),
                    context.figures("console-ask", AskViewModel.Asked.class).missingSaidAs("mobile.ask.unavailable"),
                    context.figures("console-recommendations", AskViewModel.Advice.class).missingSaidAs("mobile.ask.unavailable"),
                    context.background(), context.ui(), context.messages().locale().getLanguage(), starters);
            model = new AssistantViewModel(ask, context.scope(), context.screenSwitch(),
                    context.session().may(Permission.STAFF_VIEW) && context.session().may(Permission.SCHEDULE_EDIT),
                    context.session().may(Permission.CUSTOMER_VIEW) && context.session().may(Permission.CUSTOMER_EDIT));
            view = new AssistantView(model, context.messages(), context.session().may(Permission.STOCK_ADJUST)
                    ? r -> new DeliveryViewModel(DeliveryViewModel.Source.of(manager), r, context.background(), context.ui()) : null);
        }
        return view;
    }

    @Override
    public void shown() {
        view();
        model.shown(!started);
        started = true;
    }
}
