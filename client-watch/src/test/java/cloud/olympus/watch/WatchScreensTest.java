package cloud.olympus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.theme.ThemeManager;
import cloud.olympus.fx.watch.ApiWatchBackend;
import cloud.olympus.fx.watch.Glance;
import cloud.olympus.fx.watch.GlanceCard;
import cloud.olympus.fx.watch.Later;
import cloud.olympus.fx.watch.PairingViewModel;
import cloud.olympus.fx.watch.Vibration;
import cloud.olympus.fx.watch.WatchSource;
import cloud.olympus.fx.watch.WatchViewModel;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.support.DemoServerProcess;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the watch on both faces, round and rectangular, with what the demo restaurant's
 * downtown location has on a real server: pairing, the counts, a kitchen ticket, an order ready,
 * an alert, and the cards offline. Renders them to target/screenshots as {@code watch-<face>-<screen>}.
 */
class WatchScreensTest {

    private final FxRobot robot = new SteadyRobot();
    private final ThemeManager theme = new ThemeManager();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private Stage stage;

    @BeforeEach
    void stage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(WatchShape.class)
    void everyScreenOnEveryFace(WatchShape shape) throws Exception {
        String face = shape == WatchShape.ROUND ? "round" : "rect";
        OlympusApi manager = DemoServerProcess.login(DemoShop.TENANT, "manager");
        OrderSummary ticket = DemoShop.ticket(manager, OrderStatus.CONFIRMED);
        OrderSummary ready = DemoShop.ticket(manager, OrderStatus.READY);
        String item = shape == WatchShape.ROUND ? "Basil" : "Mozzarella";
        DemoShop.lowStock(manager, item);

        PairingViewModel pairing = new PairingViewModel(PairingViewModel.Server.of(new OlympusClient(DemoServerProcess.url())),
                DemoShop.TENANT, Later.on(background), Platform::runLater, Clock.systemUTC(), () -> { });
        show(shape, new PairingView(pairing, messages));
        pairing.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pairing.userCodeProperty().get().isEmpty());
        shot("watch-" + face + "-pairing");
        pairing.close();

        WatchViewModel cook = cards(DemoServerProcess.login(DemoShop.TENANT, "kitchen"));
        show(shape, new GlanceView(cook, messages));
        shot("watch-" + face + "-home");
        showCard(cook, c -> c.order() != null && c.order().id().equals(ticket.id()));
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("Start");
        shot("watch-" + face + "-ticket");

        WatchViewModel floor = cards(manager);
        show(shape, new GlanceView(floor, messages));
        showCard(floor, c -> c.order() != null && c.order().id().equals(ready.id()));
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("Picked up");
        shot("watch-" + face + "-ready");
        showCard(floor, c -> c.alert() != null && item.equals(c.alert().subject().label()));
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("Acknowledge");
        shot("watch-" + face + "-alert");

        robot.interact(floor::home);
        ((FixedSource) sourceOf(floor)).unreachable();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#watch-offline").query().isVisible());
        shot("watch-" + face + "-offline");
    }

    /**
     * The kitchen's cook clocks in, takes a break and clocks out from the watch, against the real
     * server; the dark round face and the light rectangular one are pictured working and on a break.
     */
    @ParameterizedTest
    @EnumSource(ThemeManager.Mode.class)
    void theTimeClockCardClocksInTakesABreakAndClocksOut(ThemeManager.Mode mode) throws Exception {
        WatchShape shape = mode == ThemeManager.Mode.DARK ? WatchShape.ROUND : WatchShape.RECTANGULAR;
        String name = "watch-" + (shape == WatchShape.ROUND ? "round" : "rect") + "-clock";
        String theme = mode.name().toLowerCase(Locale.ROOT);
        OlympusApi cook = DemoServerProcess.login(DemoShop.TENANT, "kitchen");
        cook.client().identifyAs("watch");
        var session = cook.session();
        ApiWatchBackend backend = new ApiWatchBackend(cook, session, Clock.systemUTC());
        WatchViewModel model = new WatchViewModel(session, backend, new AskingSource(backend, background), Vibration.NONE,
                background, Platform::runLater);
        model.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.loadedProperty().get());
        show(shape, new GlanceView(model, messages), mode);
        showCard(model, c -> c.kind() == GlanceCard.Kind.CLOCK);
        if (model.currentProperty().get().clock().state() != TimeClock.State.OFF) {
            // Left clocked in by the demo's schedule: clocked out first, so the card starts where a shift does.
            robot.interact(model::actSecondary);
            awaitClock(model, TimeClock.State.OFF);
        }
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("Clock in");
        assertThat(robot.lookup("#card-action-secondary").query().isVisible()).isFalse();

        robot.clickOn("#card-action");
        awaitClock(model, TimeClock.State.WORKING);
        assertThat(robot.lookup("#clock-state").queryLabeled().getText()).startsWith("Working since");
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("Take a break");
        assertThat(robot.lookup("#card-action-secondary").queryButton().getText()).isEqualTo("Clock out");
        shot(name + "-" + theme);

        robot.clickOn("#card-action");
        awaitClock(model, TimeClock.State.ON_BREAK);
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("End the break");
        shot(name + "-break-" + theme);

        robot.clickOn("#card-action-secondary");
        awaitClock(model, TimeClock.State.OFF);
        var entries = cook.client().get("/api/v1/workforce/time-entries").get("data");
        var last = entries.get(entries.size() - 1);
        assertThat(last.get("source").asString()).as("clocked on the watch").isEqualTo("watch");
        assertThat(last.get("clock_out").isNull()).isFalse();
        assertThat(last.get("breaks")).hasSize(1);
        model.close();
    }

    private void awaitClock(WatchViewModel model, TimeClock.State state) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                && model.currentProperty().get().kind() == GlanceCard.Kind.CLOCK
                && model.currentProperty().get().clock().state() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A cashier's till asks; the manager approves from the watch, against the real server, pictured on the round face. */
    @org.junit.jupiter.api.Test
    void aManagerApprovesATillsRequestFromTheWatch() throws Exception {
        OlympusApi till = DemoServerProcess.login(DemoShop.TENANT, "cashier");
        Approval asked = till.requestApproval(new ApprovalDraft(ApprovalKind.OTHER, "Open the cash drawer for change", null, null,
                null, null));
        OlympusApi manager = DemoServerProcess.login(DemoShop.TENANT, "manager");
        WatchViewModel floor = cards(manager);
        show(WatchShape.ROUND, new GlanceView(floor, messages));
        showCard(floor, c -> c.approval() != null && c.approval().id().equals(asked.id()));
        assertThat(robot.lookup("#approval-summary").queryLabeled().getText()).isEqualTo("Open the cash drawer for change");
        assertThat(robot.lookup("#card-action").queryButton().getText()).isEqualTo("Approve");
        assertThat(robot.lookup("#card-action-secondary").queryButton().getText()).isEqualTo("Decline");
        shot("watch-round-approval");
        robot.clickOn("#card-action");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> till.approval(asked.id()).status() == ApprovalStatus.APPROVED);
        assertThat(till.approval(asked.id()).deciderName()).isEqualTo(manager.session().name().orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void aSwipeOrATurnOfTheCrownMovesBetweenCards() throws Exception {
        OlympusApi manager = DemoServerProcess.login(DemoShop.TENANT, "manager");
        DemoShop.ticket(manager, OrderStatus.CONFIRMED);
        WatchViewModel cook = cards(DemoServerProcess.login(DemoShop.TENANT, "kitchen"));
        show(WatchShape.ROUND, new GlanceView(cook, messages));
        assertThat(cook.cards().size()).isGreaterThan(1);
        int cards = cook.cards().size();

        // One notch of the crown moves one card; which way a notch turns depends on the device.
        robot.moveTo("#card").scroll(1, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cook.indexProperty().get()).as("the crown turned a notch").isIn(1, cards - 1);
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cook.indexProperty().get()).as("and back").isZero();
        robot.drag("#card").moveBy(-120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cook.indexProperty().get()).as("swiped on").isEqualTo(1);
        robot.drag("#card").moveBy(120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cook.indexProperty().get()).as("swiped back").isZero();
    }

    /** The cards of whoever {@code person} is, from what the server has now. */
    private WatchViewModel cards(OlympusApi person) {
        var session = person.session();
        ApiWatchBackend backend = new ApiWatchBackend(person, session, Clock.systemUTC());
        FixedSource source = new FixedSource(backend.glance());
        WatchViewModel model = new WatchViewModel(session, backend, source, Vibration.NONE, background, Platform::runLater);
        sources.put(model, source);
        model.start();
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private final java.util.Map<WatchViewModel, WatchSource> sources = new java.util.IdentityHashMap<>();

    private WatchSource sourceOf(WatchViewModel model) {
        return Objects.requireNonNull(sources.get(model));
    }

    private void showCard(WatchViewModel model, Predicate<GlanceCard> wanted) {
        for (int i = 0; i < model.cards().size() && !wanted.test(model.currentProperty().get()); i++) {
            robot.interact(model::next);
        }
        assertThat(model.currentProperty().get()).matches(wanted);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(WatchShape shape, Node view) throws Exception {
        show(shape, view, ThemeManager.Mode.DARK);
    }

    private void show(WatchShape shape, Node view, ThemeManager.Mode mode) throws Exception {
        FxToolkit.setupStage(window -> {
            theme.apply(mode);
            WatchFace root = new WatchFace(shape);
            root.show(view);
            Scene scene = new Scene(root, shape.width(), shape.height());
            theme.style(scene, List.of(Objects.requireNonNull(WatchApp.class.getResource("/cloud/olympus/watch/watch.css"))
                    .toExternalForm()));
            window.setScene(scene);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name);
    }

    /** Asks the server for the whole glance at the start and after every action, as the live source does. */
    private static final class AskingSource implements WatchSource {
        private final ApiWatchBackend backend;
        private final ScheduledExecutorService background;
        private Listener listener;

        AskingSource(ApiWatchBackend backend, ScheduledExecutorService background) {
            this.backend = backend;
            this.background = background;
        }

        @Override
        public void start(Listener listener) {
            this.listener = listener;
            refresh();
        }

        @Override
        public void refresh() {
            background.execute(() -> listener.glance(backend.glance()));
        }

        @Override
        public void close() {
        }
    }

    /** Tells the cards one glance the server answered, and that the server is gone when the test says so. */
    private static final class FixedSource implements WatchSource {
        private final Glance glance;
        private Listener listener;

        FixedSource(Glance glance) {
            this.glance = glance;
        }

        @Override
        public void start(Listener listener) {
            this.listener = listener;
            listener.glance(glance);
        }

        void unreachable() {
            listener.unreachable(new ServerUnreachableException("no answer", new IOException("the network is down")));
        }

        @Override
        public void refresh() {
        }

        @Override
        public void close() {
        }
    }
}
