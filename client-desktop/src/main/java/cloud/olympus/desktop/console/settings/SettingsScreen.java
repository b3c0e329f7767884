package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.model.auth.Permission;
import javafx.scene.Node;

/**
 * The settings screen: the business's profile, taxes, loyalty, features and branding, its users and
 * what roles may do, its terminals and its locations. Owners and admins change the business;
 * managers see the terminals.
 */
public final class SettingsScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private SettingsViewModel model;
    private SettingsView view;

    public SettingsScreen(ConsoleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.TENANT_SETTINGS) || session.may(Permission.USER_ADMIN)
                || session.may(Permission.DEVICE_MANAGE);
    }

    /** The screen's view model, made with the view. */
    public SettingsViewModel model() {
        view();
        return model;
    }

    @Override
    public Node view() {
        if (view == null) {
            model = new SettingsViewModel(new BusinessAdmin(context.api().client()), new WorkforceAdmin(context.api().client()),
                    context.session(), new Background(context.background(), context.ui()));
            view = new SettingsView(model, context.messages());
            model.branding().onRebrand(palette -> {
                if (view.getScene() == null) {
                    return;
                }
                if (palette == null) {
                    context.theme().unbrand(view.getScene());
                } else {
                    context.theme().brand(palette, view.getScene());
                }
            });
        }
        return view;
    }

    @Override
    public void shown() {
        view();
        model.load();
    }
}
