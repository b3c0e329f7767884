package cloud.olympus.desktop;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreens;
import cloud.olympus.desktop.console.ConsoleView;
import cloud.olympus.desktop.console.ConsoleViewModel;
import cloud.olympus.desktop.lock.IdleLock;
import cloud.olympus.desktop.lock.LockScreen;
import cloud.olympus.desktop.lock.LockViewModel;
import cloud.olympus.desktop.login.LoginView;
import cloud.olympus.desktop.login.LoginViewModel;
import cloud.olympus.desktop.pos.CartViewModel;
import cloud.olympus.desktop.pos.CatalogueViewModel;
import cloud.olympus.desktop.pos.PosView;
import cloud.olympus.desktop.pos.TillContext;
import cloud.olympus.desktop.till.TerminalMode;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.theme.ThemeManager;
import cloud.olympus.fx.timeclock.TimeClockViewModel;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.concurrent.ScheduledFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's window content: the login first, then the till or the console, and back to the
 * login on logout. Cashiers get the till; owners, admins and managers the console (or the mode the
 * terminal was left in), and switch between the two (Ctrl+T) with the sale in hand kept on the till.
 * Locking the till (its button, F7, or nobody using it for a while) covers the till with the lock
 * screen; whoever unlocks it carries on with the sale in hand.
 */
final class TillRoot extends StackPane {

    private static final Logger LOG = LoggerFactory.getLogger(TillRoot.class);

    private final ClientShell shell;
    private final Till till;
    private final Path receipts;
    private final TimeClockViewModel clock;
    private final IdleLock idle;
    /** Asks the idle lock every second whether nobody has used the till for long enough; stopped with the app. */
    private final Timeline checking;
    private CatalogueViewModel catalogue;
    private CartViewModel cart;
    private ScheduledFuture<?> refresher;
    private PosView pos;
    private LockScreen lock;
    private final BiConsumer<Stage, TerminalMode> arrange;
    private ConsoleViewModel consoleModel;
    private ConsoleView console;
    /** Whose console {@link #console} is. */
    private Session consoleSession;
    /** How the window is laid out now: the app starts with the till's rules. */
    private TerminalMode windowMode = TerminalMode.TILL;

    /** @param arrange sizes the window for the till or the console */
    TillRoot(ClientShell shell, Till till, Path receipts, BiConsumer<Stage, TerminalMode> arrange) {
        this.shell = shell;
        this.till = till;
        this.receipts = receipts;
        this.arrange = arrange;
        this.clock = new TimeClockViewModel(till::api, shell.background(), Platform::runLater);
        getStyleClass().add("till-root");
        idle = new IdleLock(till.clock(), () -> till.settings().idleLock(),
                () -> pos != null && lock == null && !pos.isPaying() && getChildren().contains(pos), this::lock);
        addEventFilter(InputEvent.ANY, e -> idle.touched());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ConsoleView.TO_TILL.match(e) && onTill() && mayUseConsole() && !pos.isPaying()) {
                e.consume();
                toConsole();
            }
        });
        checking = new Timeline(new KeyFrame(Duration.seconds(1), e -> idle.check()));
        checking.setCycleCount(Timeline.INDEFINITE);
        checking.play();
        showLogin();
    }

    private void showLogin() {
        getChildren().setAll(new LoginView(loginModel(), shell.connection(), shell.messages(), shell.config().serverUrl(),
                l -> loggedIn(l, false)));
    }

    private LoginViewModel loginModel() {
        LoginViewModel model = new LoginViewModel(till, shell.background(), Platform::runLater);
        String tenantHint = shell.config().option("tenant", "OLYMPUS_TENANT", null, System::getenv);
        String emailHint = shell.config().option("email", "OLYMPUS_EMAIL", null, System::getenv);
        if (model.tenantProperty().get().isEmpty() && tenantHint != null) {
            model.tenantProperty().set(tenantHint);
        }
        if (model.emailProperty().get().isEmpty() && emailHint != null) {
            model.emailProperty().set(emailHint);
        }
        return model;
    }

    /**
     * After a password login: the till of that business, with the sale in hand when it is the same
     * business, or its console for one who may use it (not when the till was unlocked: that stays the till).
     */
    private void loggedIn(LoginViewModel.LoggedIn loggedIn, boolean atTheTill) {
        leaveConsole();
        var stored = loggedIn.catalogue();
        if (cart == null || !cart.tenant().id().equals(stored.tenant().id())) {
            if (refresher != null) {
                refresher.cancel(false);
            }
            brand(stored.tenant().accentColor());
            CatalogueViewModel fresh = new CatalogueViewModel(stored.items(), stored.categories(), till.settings().favourites());
            catalogue = fresh;
            cart = new CartViewModel(stored.tenant(), MoneyFormat.of(shell.messages(), stored.tenant().currency()));
            refresher = till.keepCatalogueFresh(shell.background(),
                    next -> Platform.runLater(() -> fresh.replace(next.items(), next.categories())));
        }
        Session session = till.session().orElseThrow();
        TerminalMode asked = atTheTill ? TerminalMode.TILL : TerminalMode.opening(session,
                TerminalMode.parse(shell.config().option("mode", "OLYMPUS_MODE", null, System::getenv)), till.settings().lastMode());
        if (asked == TerminalMode.CONSOLE) {
            showPos();
            toConsole();
        } else {
            showPos();
            arranged(TerminalMode.TILL);
        }
    }

    private boolean onTill() {
        return pos != null && lock == null && getChildren().contains(pos);
    }

    private boolean mayUseConsole() {
        return till.session().map(TerminalMode::consoleAllowed).orElse(false);
    }

    /** The console for whoever is signed in; the till stays as it is, to come back to. */
    private void toConsole() {
        Session session = till.session().orElseThrow();
        if (console == null) {
            ConsoleContext context = new ConsoleContext(shell, till, session);
            consoleSession = session;
            consoleModel = new ConsoleViewModel(ConsoleScreens.all(context), session, context.scope(), shell.background(),
                    Platform::runLater);
            context.screenSwitch().openWith(consoleModel::open);
            console = new ConsoleView(consoleModel, cart.tenant().appName(), session, shell.connection(), shell.messages(),
                    new ConsoleView.Actions(this::toggleTheme, this::toTill, this::logout));
            consoleModel.start(() -> new ManagerApi(context.api()).locations());
        } else {
            consoleModel.back();
        }
        clock.clear();
        getChildren().setAll(console);
        console.focusNavigation();
        arranged(TerminalMode.CONSOLE);
    }

    /** Back to the till, with the sale in hand as it was left. */
    private void toTill() {
        if (consoleModel != null) {
            consoleModel.leave();
        }
        if (pos == null) {
            showPos();
        } else {
            getChildren().setAll(pos);
            idle.touched();
        }
        arranged(TerminalMode.TILL);
    }

    /**
     * Someone switched in with their PIN: the console kept open stays only when it is theirs. Another
     * person's console (its screens, what it lets them do, the figures it kept) goes, and is built
     * afresh for whoever opens it next.
     */
    private void keepConsoleOnlyFor(Session unlocking) {
        if (console != null && !consoleSession.userId().equals(unlocking.userId())) {
            till.figures(consoleSession).forget();
            leaveConsole();
        }
    }

    /** The console's screens go off screen and are built afresh for whoever signs in next. */
    private void leaveConsole() {
        if (consoleModel != null) {
            consoleModel.leave();
        }
        consoleModel = null;
        console = null;
        consoleSession = null;
    }

    /** The window, its title and the terminal's memory for {@code mode}. */
    private void arranged(TerminalMode mode) {
        if (!till.settings().lastMode().equals(java.util.Optional.of(mode)) && mayUseConsole()) {
            till.update(till.settings().withMode(mode));
        }
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            if (mode != windowMode) {
                // Only a change of mode moves the window: F11 on the till stays as the cashier left it.
                arrange.accept(stage, mode);
                windowMode = mode;
            }
            String business = cart == null ? "" : cart.tenant().appName();
            stage.setTitle(shell.messages().get(mode == TerminalMode.CONSOLE ? "console.window_title" : "app.desktop.tenant_title",
                    business));
        }
    }

    /** The till for whoever is logged in now; the sale in hand stays as it was. */
    private void showPos() {
        Session session = till.session().orElseThrow();
        TillContext context = new TillContext(till, session, shell.messages(), shell.background(), Platform::runLater, receipts);
        clock.clear();
        pos = new PosView(context, catalogue, cart, shell.connection(), new PosView.Actions(this::toggleTheme, this::logout,
                this::lock, clock, TerminalMode.consoleAllowed(session) ? this::toConsole : null));
        if (lock != null) {
            lock.stop();
            lock = null;
        }
        getChildren().setAll(pos);
        idle.touched();
        if (!till.isOffline()) {
            clock.refresh();
        }
    }

    private void logout() {
        boolean fromConsole = console != null && getChildren().contains(console);
        if (console != null) {
            // The figures the console kept for this person are theirs alone: nobody signing in next sees them.
            till.session().ifPresent(session -> till.figures(session).forget());
        }
        leaveConsole();
        if (refresher != null) {
            refresher.cancel(false);
            refresher = null;
        }
        till.logout();
        cart = null;
        catalogue = null;
        pos = null;
        clock.clear();
        showLogin();
        if (fromConsole && getScene() != null && getScene().getWindow() instanceof Stage stage) {
            arrange.accept(stage, TerminalMode.TILL);
            windowMode = TerminalMode.TILL;
            stage.setTitle(shell.messages().get("app.desktop.title"));
        }
    }

    /** The app is closing: nothing of it keeps running (the idle check, the catalogue refresh, the console's screens). */
    void stop() {
        checking.stop();
        if (refresher != null) {
            refresher.cancel(false);
            refresher = null;
        }
        leaveConsole();
    }

    /** Locks the till now if nobody has used it for long enough (the till asks every second). */
    void checkIdle() {
        idle.check();
    }

    /** Covers the till with the lock screen; the sale in hand waits under it for whoever unlocks. */
    void lock() {
        if (pos == null || lock != null) {
            return;
        }
        LockViewModel model = new LockViewModel(till, shell.background(), Platform::runLater, unlocked -> {
            keepConsoleOnlyFor(till.session().orElseThrow());
            showPos();
        });
        LoginViewModel login = loginModel();
        lock = new LockScreen(model, shell.messages(), cart.tenant().appName(), till.clock(),
                new LoginView(login, shell.connection(), shell.messages(), shell.config().serverUrl(), l -> loggedIn(l, true)));
        clock.clear();
        getChildren().add(lock);
        model.open();
        lock.requestFocus();
    }

    private void brand(String accent) {
        if (getScene() != null && !shell.theme().brand(accent, getScene()) && accent != null) {
            // A malformed colour shows the default accent; the till works the same.
            LOG.warn("The business's accent colour '{}' is not a colour; showing the default", accent);
        }
    }

    private void toggleTheme() {
        shell.theme().apply(shell.theme().mode() == ThemeManager.Mode.DARK ? ThemeManager.Mode.LIGHT : ThemeManager.Mode.DARK);
    }
}
