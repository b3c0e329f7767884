package cloud.olympus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.watch.GlanceTexts;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.support.DemoServerProcess;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real watch app, headless, against a real server: it shows a code, someone approves it the way
 * the till does, and the watch works as them. A cook takes a ticket from new to ready; a manager
 * hands out an order that is ready and acknowledges a stock alert, in German on a round face.
 */
class WatchEndToEndTest {

    private static final Pattern CODE = Pattern.compile("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
    /** Pairing and the cards are asked for every five seconds; a few rounds at most. */
    private static final int WAIT = 30;

    private static String url;
    private final FxRobot robot = new SteadyRobot();
    private final RunningApp app = new RunningApp();

    @BeforeAll
    static void startServer() {
        url = DemoServerProcess.url();
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void aCookPairsTheWatchAndTakesATicketFromNewToReady() throws Exception {
        Stage stage = app.start(WatchApp.class, "--server=" + url, "--tenant=" + DemoShop.TENANT, "--lang=en");
        pair(DemoServerProcess.login(DemoShop.TENANT, "kitchen"));
        assertThat(text("#card-position")).startsWith("1 / ");

        OlympusApi manager = DemoServerProcess.login(DemoShop.TENANT, "manager");
        OrderSummary ticket = DemoShop.ticket(manager, OrderStatus.CONFIRMED);
        String title = "Ticket " + GlanceTexts.shortNumber(ticket);
        showCard(title);
        assertThat(texts(".ticket-line")).containsExactly("1× Pizza Margherita");
        assertThat(texts(".ticket-modifiers")).containsExactly("Large, Olives", "Note: no basil");
        assertThat(text("#card-action")).isEqualTo("Start");
        Screenshots.write(stage.getScene(), "watch-e2e-ticket");

        robot.clickOn("#card-action");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.order(ticket.id()).status() == OrderStatus.PREPARING);
        // The card stays on screen, now offering the next step.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text("#card-action").equals("Ready"));
        assertThat(text("#card-title")).isEqualTo(title);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.order(ticket.id()).status() == OrderStatus.READY);
        // Ready, it is no longer the kitchen's: its card goes.
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !title.equals(optionalText("#card-title")));
    }

    @Test
    void aManagerHandsOutAnOrderThatIsReadyAndAcknowledgesAnAlert() throws Exception {
        Stage stage = app.start(WatchApp.class, "--server=" + url, "--tenant=" + DemoShop.TENANT, "--lang=de", "--shape=round");
        OlympusApi manager = DemoServerProcess.login(DemoShop.TENANT, "manager");
        pair(manager);

        OrderSummary ready = DemoShop.ticket(manager, OrderStatus.READY);
        showCard("Fertig · " + GlanceTexts.shortNumber(ready));
        assertThat(text("#card-action")).isEqualTo("Abgeholt");
        robot.clickOn("#card-action");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.order(ready.id()).status() == OrderStatus.COMPLETED);

        String name = "Basilikum " + GlanceTexts.shortNumber(ready);
        Alert alert = DemoShop.lowStock(manager, name);
        showCard(node -> name.concat(": noch 4").equals(optionalText("#alert-text")));
        assertThat(text("#card-title")).isEqualTo("Warnung");
        assertThat(text("#card-action")).isEqualTo("Gesehen");
        Screenshots.write(stage.getScene(), "watch-e2e-alert-round");
        robot.clickOn("#card-action");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> manager.openStockAlerts().stream().noneMatch(a -> a.id().equals(alert.id())));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !name.concat(": noch 4").equals(optionalText("#alert-text")));
    }

    /** Waits for the watch's code, approves it as {@code person} would on the till, and waits for the cards. */
    private void pair(OlympusApi person) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> CODE.matcher(optionalText("#pairing-code")).matches());
        person.approveDevice(text("#pairing-code"));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#glances"));
    }

    private void showCard(String title) throws Exception {
        showCard(node -> title.equals(optionalText("#card-title")));
    }

    /**
     * Goes through the cards with the arrow key until one matches, while the watch learns of new
     * ones every few seconds.
     */
    private void showCard(java.util.function.Predicate<Node> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            if (wanted.test(null)) {
                return true;
            }
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            return wanted.test(null);
        });
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private String optionalText(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Labeled) n).getText())
                .orElse(""));
    }

    private List<String> texts(String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }
}
