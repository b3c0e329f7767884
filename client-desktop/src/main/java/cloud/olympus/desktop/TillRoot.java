package cloud.olympus.desktop;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.login.LoginView;
import cloud.olympus.desktop.login.LoginViewModel;
import cloud.olympus.desktop.pos.CartViewModel;
import cloud.olympus.desktop.pos.CatalogueViewModel;
import cloud.olympus.desktop.pos.PosView;
import cloud.olympus.desktop.pos.TillContext;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.theme.AccentPalette;
import cloud.olympus.fx.theme.ThemeManager;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app's window content: the login first, then the till, and back to the login on logout. */
final class TillRoot extends StackPane {

    private static final Logger LOG = LoggerFactory.getLogger(TillRoot.class);

    private final ClientShell shell;
    private final Till till;
    private final Path receipts;

    TillRoot(ClientShell shell, Till till, Path receipts) {
        this.shell = shell;
        this.till = till;
        this.receipts = receipts;
        getStyleClass().add("till-root");
        showLogin();
    }

    private void showLogin() {
        LoginViewModel model = new LoginViewModel(till, shell.background(), Platform::runLater);
        String tenantHint = shell.config().option("tenant", "OLYMPUS_TENANT", null, System::getenv);
        String emailHint = shell.config().option("email", "OLYMPUS_EMAIL", null, System::getenv);
        if (model.tenantProperty().get().isEmpty() && tenantHint != null) {
            model.tenantProperty().set(tenantHint);
        }
        if (model.emailProperty().get().isEmpty() && emailHint != null) {
            model.emailProperty().set(emailHint);
        }
        getChildren().setAll(new LoginView(model, shell.connection(), shell.messages(), shell.config().serverUrl(), loggedIn -> {
            Session session = till.session().orElseThrow();
            var stored = loggedIn.catalogue();
            brand(stored.tenant().accentColor());
            CatalogueViewModel catalogue = new CatalogueViewModel(stored.items(), stored.categories(), till.settings().favourites());
            CartViewModel cart = new CartViewModel(stored.tenant(), MoneyFormat.of(shell.messages(), stored.tenant().currency()));
            var refresher = till.keepCatalogueFresh(shell.background(),
                    fresh -> Platform.runLater(() -> catalogue.replace(fresh.items(), fresh.categories())));
            TillContext context = new TillContext(till, session, shell.messages(), shell.background(), Platform::runLater, receipts);
            getChildren().setAll(new PosView(context, catalogue, cart, shell.connection(), new PosView.Actions(this::toggleTheme, () -> {
                refresher.cancel(false);
                till.logout();
                showLogin();
            })));
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                stage.setTitle(shell.messages().get("app.desktop.tenant_title", stored.tenant().appName()));
            }
        }));
    }

    private void brand(String accent) {
        if (accent != null && getScene() != null) {
            try {
                shell.theme().brand(AccentPalette.of(accent), getScene());
            } catch (IllegalArgumentException e) {
                // A malformed colour keeps the default accent; the till works the same.
                LOG.warn("The business's accent colour '{}' is not a colour; keeping the default", accent);
            }
        }
    }

    private void toggleTheme() {
        shell.theme().apply(shell.theme().mode() == ThemeManager.Mode.DARK ? ThemeManager.Mode.LIGHT : ThemeManager.Mode.DARK);
    }
}
