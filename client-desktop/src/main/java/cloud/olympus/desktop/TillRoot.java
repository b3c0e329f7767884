package cloud.olympus.desktop;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.login.LoginView;
import cloud.olympus.desktop.login.LoginViewModel;
import cloud.olympus.desktop.pos.CartViewModel;
import cloud.olympus.desktop.pos.CatalogueViewModel;
import cloud.olympus.desktop.pos.PosView;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.theme.AccentPalette;
import cloud.olympus.fx.theme.ThemeManager;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;

/** The desktop app's window content: the login first, then the till, and back to the login on logout. */
final class TillRoot extends StackPane {

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
            CartViewModel cart = new CartViewModel(stored.tenant());
            // Prices, stock and new items reach the till every two minutes while it is open.
            var refresher = shell.background().scheduleWithFixedDelay(() -> {
                try {
                    var fresh = till.catalogue().refresh(till.api());
                    Platform.runLater(() -> catalogue.replace(fresh.items(), fresh.categories()));
                } catch (RuntimeException offline) {
                    // Offline or logged out: the till keeps selling from what it has.
                }
            }, 2, 2, java.util.concurrent.TimeUnit.MINUTES);
            getChildren().setAll(new PosView(till, session, catalogue, cart, shell.connection(), shell.messages(),
                    shell.background(), Platform::runLater, receipts, this::toggleTheme, () -> {
                        refresher.cancel(false);
                        till.logout();
                        showLogin();
                    }));
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                stage.setTitle(stored.tenant().appName() + " · Olympus");
            }
        }));
    }

    private void brand(String accent) {
        if (accent != null && getScene() != null) {
            try {
                shell.theme().brand(AccentPalette.of(accent), getScene());
            } catch (IllegalArgumentException ignored) {
                // A malformed colour keeps the default accent.
            }
        }
    }

    private void toggleTheme() {
        shell.theme().apply(shell.theme().mode() == ThemeManager.Mode.DARK ? ThemeManager.Mode.LIGHT : ThemeManager.Mode.DARK);
    }
}
