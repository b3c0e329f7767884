package cloud.olympus.fx.manager;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.fx.approvals.ApprovalService;
import cloud.olympus.fx.approvals.ApprovalsViewModel;
import cloud.olympus.fx.watch.Later;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The manager's app from sign-in to sign-out: the sign-in first; once someone is in, one view model
 * per screen they may see and the live events that keep them current; back to the sign-in when
 * they sign out. Shared by the tablet and phone app and any other client that shows these screens.
 */
public final class ManagerAppViewModel implements AutoCloseable {

    /** The screens of a person signed in. */
    public record Screens(Session session, List<ManagerScreen> allowed, LiveOrdersViewModel orders, AlertsViewModel alerts,
                          StockCountViewModel count, StaffOnShiftViewModel staff, TodayViewModel today, AskViewModel ask,
                          ApprovalsViewModel approvals) {

        /** Loads every screen's figures again. */
        public void refresh() {
            orders.refresh();
            alerts.refresh();
            staff.refresh();
            today.refresh();
            ask.refresh();
            if (allowed.contains(ManagerScreen.APPROVALS)) {
                approvals.refresh();
            }
        }
    }

    private final OlympusClient client;
    private final FigureStore store;
    private final ScheduledExecutorService background;
    private final Executor ui;
    private final Clock clock;
    private final ZoneId zone;
    private final String language;
    private final List<String> exampleQuestions;
    private final ManagerSignInViewModel signIn;
    private final ReadOnlyObjectWrapper<Screens> screens = new ReadOnlyObjectWrapper<>();
    private ManagerLiveFeed feed;
    /** The figures of the person signed in; null while no one is. */
    private FigureStore signedIn;

    /**
     * @param zone             the time zone days are counted in until the business's own is known
     * @param language         the language of the assistant's answers (en, es, fr, de)
     * @param exampleQuestions questions the Ask screen offers to start with, in that language
     */
    public ManagerAppViewModel(OlympusClient client, String tenant, FigureStore store, ScheduledExecutorService background,
                               Executor ui, Clock clock, ZoneId zone, String language, List<String> exampleQuestions) {
        this.client = client;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.zone = zone;
        this.language = language;
        this.exampleQuestions = List.copyOf(exampleQuestions);
        this.signIn = new ManagerSignInViewModel(ManagerSignInViewModel.Server.of(client), tenant, Later.on(background), ui, clock,
                this::open);
    }

    public ManagerSignInViewModel signIn() {
        return signIn;
    }

    /** The screens while someone is signed in; null before and after. */
    public ReadOnlyObjectProperty<Screens> screensProperty() {
        return screens.getReadOnlyProperty();
    }

    /** Signs out: the live events stop, the figures kept for this person are deleted and the sign-in shows again. */
    public void signOut() {
        closeFeed();
        screens.set(null);
        FigureStore kept = signedIn;
        signedIn = null;
        background.execute(() -> {
            if (kept != null) {
                kept.forget();
            }
            client.logout();
        });
    }

    @Override
    public void close() {
        closeFeed();
        signIn.cancelPairing();
    }

    /** Learns how the business counts its days (its time zone and day start), then opens the screens. */
    private void open(Session session) {
        OlympusApi api = new OlympusApi(client);
        ManagerApi manager = new ManagerApi(api);
        background.execute(() -> {
            BusinessDay days;
            try {
                days = manager.businessDay();
            } catch (RuntimeException e) {
                days = BusinessDay.midnight(zone);
            }
            BusinessDay found = days;
            ui.execute(() -> open(session, api, manager, found));
        });
    }

    private void open(Session session, OlympusApi api, ManagerApi manager, BusinessDay days) {
        FigureStore previous = signedIn;
        signedIn = store.of(session.tenantId(), session.userId());
        if (previous != null && !previous.sameAs(signedIn)) {
            background.execute(previous::forget);
        }
        LiveOrdersViewModel orders = new LiveOrdersViewModel(LiveOrdersViewModel.Source.of(manager),
                figures("orders", LiveOrdersViewModel.TodaysOrders.class), Later.on(background), ui);
        AlertsViewModel alerts = new AlertsViewModel(AlertsViewModel.Source.of(manager),
                figures("alerts", AlertsViewModel.Attention.class), background, ui);
        StockCountViewModel count = new StockCountViewModel(StockCountViewModel.Source.of(manager), background, ui);
        StaffOnShiftViewModel staff = new StaffOnShiftViewModel(StaffOnShiftViewModel.Source.of(manager),
                figures("staff", StaffOnShiftViewModel.StaffToday.class), clock, days);
        TodayViewModel today = new TodayViewModel(TodayViewModel.Source.of(manager),
                figures("today", TodayViewModel.Today.class).missingSaidAs("mobile.today.unavailable"),
                background, ui, Later.on(background), clock, days);
        AskViewModel ask = new AskViewModel(AskViewModel.Source.of(manager),
                figures("ask", AskViewModel.Asked.class).missingSaidAs("mobile.ask.unavailable"),
                figures("recommendations", AskViewModel.Advice.class).missingSaidAs("mobile.ask.unavailable"), background, ui,
                language, exampleQuestions);
        ApprovalsViewModel approvals = new ApprovalsViewModel(ApprovalService.of(api), background, ui, clock);
        Screens next = new Screens(session, ManagerScreen.allowed(session), orders, alerts, count, staff, today, ask, approvals);
        closeFeed();
        screens.set(next);
        if (ManagerScreen.APPROVALS.allowedFor(session)) {
            // Requests come live on their own connection, whichever screen is shown.
            approvals.start();
        }
        orders.refresh();
        alerts.refresh();
        staff.refresh();
        today.start();
        ask.start();
        feed = new ManagerLiveFeed(api, session, orders, alerts, today, ui);
        feed.start();
    }

    private <T> ScreenFigures<T> figures(String screen, Class<T> type) {
        return new ScreenFigures<>(screen, type, signedIn, background, ui);
    }

    private void closeFeed() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
        Screens shown = screens.get();
        if (shown != null) {
            // Its requests come on a connection of their own.
            shown.approvals().close();
        }
    }
}
