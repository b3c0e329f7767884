package cloud.olympus.desktop.console.review;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.model.auth.Permission;
import javafx.scene.Node;

/** The console's review: sales whose amounts differ from the catalogue, and the approvals decided. */
public final class ReviewScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private ReviewViewModel model;
    private ReviewView view;

    public ReviewScreen(ConsoleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "review";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.ORDER_REVIEW) && session.may(Permission.APPROVAL_DECIDE);
    }

    @Override
    public Node view() {
        if (view == null) {
            model = new ReviewViewModel(context.api(), context.background(), context.ui(), context.scope().placeProperty());
            view = new ReviewView(model, context.messages());
        }
        return view;
    }

    @Override
    public void shown() {
        model.load();
    }
}
