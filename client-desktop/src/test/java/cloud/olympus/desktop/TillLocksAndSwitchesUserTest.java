package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.PinHolder;
import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real till, headless, against a real server: a manager registers it and sets a PIN; the till
 * locks (its button, F7, or nobody using it), and people switch in with their PIN, the sale in hand
 * staying on the till. Wrong PINs are said, and so are the server's slowing down and locking.
 */
class TillLocksAndSwitchesUserTest {

    private static final String CASHIER_PIN = "2580";
    private static final String MANAGER_PIN = "1397";

    private final FxRobot robot = new FxRobot();
    private final RunningApp app = new RunningApp();

    /** The till's time: now, moved on by the test instead of waiting. */
    static final AdjustableClock CLOCK = new AdjustableClock();

    /** The till with {@link #CLOCK} for its time. */
    public static final class TillOnTestTime extends DesktopApp {
        @Override
        protected Clock clock() {
            return CLOCK;
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }

    @Test
    void aManagerRegistersTheTillAndPeopleSwitchInWithTheirPin() throws Exception {
        OlympusApi cashier = DemoServer.login("bella-cucina", "cashier");
        cashier.setPin(CASHIER_PIN, DemoServer.PASSWORD);
        String cashierName = cashier.session().displayName();
        String managerName = DemoServer.login("bella-cucina", "manager").session().displayName();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = startAsManager(dir);

        // Locked before it is registered: the password login, as on any till.
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitUntilGone("#lock-screen");

        robot.type(KeyCode.F9);
        waitFor("#register-till");
        robot.doubleClickOn("#register-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Front till");
        robot.clickOn("#register-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#register-outcome").contains("Front till"));
        assertThat(text("#register-outcome")).isEqualTo("This till is registered as \"Front till\". People can switch in with their PIN now.");
        Path token = dir.resolve("device-token");
        assertThat(Files.readString(token)).startsWith("odt_");
        if (token.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        }
        robot.clickOn("#register-close");

        robot.clickOn("#till-menu");
        robot.clickOn("Set my PIN");
        waitFor("#set-pin");
        robot.clickOn("#set-pin-new").write(MANAGER_PIN);
        robot.clickOn("#set-pin-again").write("1398");
        robot.clickOn("#set-pin-ok");
        assertThat(text("#set-pin-problem")).isEqualTo("The two PINs are not the same.");
        robot.doubleClickOn("#set-pin-again").eraseText(4).write(MANAGER_PIN);
        robot.clickOn("#set-pin-password").write(DemoServer.PASSWORD);
        robot.clickOn("#set-pin-ok");
        waitFor("#set-pin-done");
        robot.clickOn("#set-pin-close");

        // A sale under way, then the till locks.
        robot.clickOn("#item-bev-cok");
        robot.clickOn("#lock-button");
        waitFor("#lock-screen");
        Node cashierTile = personTile(cashierName);
        assertThat(personTile(managerName)).isNotNull();
        Screenshots.write(stage.getScene(), "pos-lock-light");

        robot.clickOn(cashierTile);
        waitFor("#lock-pin-pad");
        robot.write("9999");
        assertThat(text("#lock-pin-dots")).isEqualTo("●●●●");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text("#lock-problem").isEmpty());
        assertThat(text("#lock-problem")).isEqualTo("That PIN is not right. Try again.");
        Screenshots.write(stage.getScene(), "pos-pin-wrong-light");
        for (char digit : CASHIER_PIN.toCharArray()) {
            robot.clickOn("#lock-digit-" + digit);
        }
        robot.clickOn("#lock-pin-ok");
        passClockOffer();
        waitUntilGone("#lock-screen");
        assertThat(text("#session-roles")).startsWith(cashierName);
        // The sale in hand stayed: whoever unlocks finishes it.
        assertThat(robot.lookup("#cart-lines").<ListView<?>>query().getItems()).hasSize(1);

        // Nobody touches the till: it locks by itself, but never during a payment.
        Node root = robot.lookup(".till-root").query();
        robot.clickOn("#pay-button");
        waitFor("#checkout");
        CLOCK.advance(Duration.ofMinutes(6));
        robot.interact(() -> ((TillRoot) root).checkIdle());
        assertThat(robot.lookup("#lock-screen").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        waitUntilGone("#checkout");
        CLOCK.advance(Duration.ofMinutes(6));
        robot.interact(() -> ((TillRoot) root).checkIdle());
        waitFor("#lock-screen");

        // The manager switches back in, in the dark.
        robot.clickOn(personTile(managerName));
        waitFor("#lock-pin-pad");
        robot.write(MANAGER_PIN).type(KeyCode.ENTER);
        passClockOffer();
        waitUntilGone("#lock-screen");
        assertThat(text("#session-roles")).startsWith(managerName);
        robot.clickOn("#theme-button");
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");
        personTile(cashierName);
        Screenshots.write(stage.getScene(), "pos-lock-dark");
        robot.clickOn(personTile(cashierName));
        waitFor("#lock-pin-pad");
        robot.write("12");
        Screenshots.write(stage.getScene(), "pos-pin-dark");
        robot.type(KeyCode.ESCAPE);
        waitFor("#lock-people");
        robot.clickOn(personTile(managerName));
        robot.write(MANAGER_PIN).type(KeyCode.ENTER);
        passClockOffer();
        waitUntilGone("#lock-screen");
        robot.clickOn("#theme-button");
    }

    @Test
    void wrongPinsAreSlowedThenTheFifthLocksThePin() throws Exception {
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        OlympusApi cashier = DemoServer.login("bella-cucina", "cashier");
        cashier.setPin(CASHIER_PIN, DemoServer.PASSWORD);
        String cashierName = cashier.session().displayName();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = startAsManager(dir);
        robot.type(KeyCode.F9);
        waitFor("#register-till");
        robot.clickOn("#register-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("device-token")));
        robot.clickOn("#register-close");
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");
        robot.clickOn(personTile(cashierName));
        waitFor("#lock-pin-pad");
        for (int i = 0; i < 3; i++) {
            wrongPin("That PIN is not right. Try again.");
        }
        // The fourth in 30 seconds on this till: the server slows down.
        wrongPin(null);
        assertThat(text("#lock-problem")).matches("Too many wrong PINs\\. Wait \\d+ seconds, then try again\\.");

        // Two more on another till make five in a row: the PIN locks, whichever PIN is sent after.
        RegisteredDevice other = manager.registerDevice("Back till");
        PinHolder person = new OlympusApi(new cloud.olympus.client.OlympusClient(DemoServer.url())).pinStaff(other.token()).stream()
                .filter(p -> cashierName.equals(p.displayName())).findFirst().orElseThrow();
        OlympusApi elsewhere = new OlympusApi(new cloud.olympus.client.OlympusClient(DemoServer.url()));
        int answer = 0;
        for (int i = 0; i < 3 && answer != 423; i++) {
            try {
                elsewhere.pinLogin(other.token(), person.userId(), "9999");
            } catch (OlympusApiException expected) {
                answer = expected.status();
                assertThat(answer).isIn(401, 423);
            }
        }
        assertThat(answer).isEqualTo(423);
        robot.clickOn("#lock-back");
        waitFor("#lock-people");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tileOf(cashierName) != null
                && ((PinHolder) tileOf(cashierName).getUserData()).locked());
        Screenshots.write(stage.getScene(), "pos-pin-locked-light");
        robot.clickOn(personTile(cashierName));
        assertThat(text("#lock-problem")).isEqualTo("This PIN is locked after too many wrong tries. Ask a manager to unlock it.");
        // Unlocked by a manager, for the tests after this one.
        owner.client().post("/api/v1/users/" + person.userId() + "/pin/unlock", null);
        robot.clickOn("#lock-use-password");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitUntilGone("#lock-screen");
    }

    @Test
    void someoneOffTheClockClocksInFromTheLockScreenAndOutFromTheTill() throws Exception {
        OlympusApi cashier = DemoServer.login("bella-cucina", "cashier");
        assumeTrue(cashier.timeClock().isPresent(), "the server has no time clock for the demo cashier");
        cashier.setPin(CASHIER_PIN, DemoServer.PASSWORD);
        if (cashier.timeClock().orElseThrow().state() != cloud.olympus.client.api.TimeClock.State.OFF) {
            cashier.clockOut();
        }
        String cashierName = cashier.session().displayName();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = startAsManager(dir);
        robot.type(KeyCode.F9);
        waitFor("#register-till");
        robot.clickOn("#register-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("device-token")));
        robot.clickOn("#register-close");
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");
        robot.clickOn(personTile(cashierName));
        waitFor("#lock-pin-pad");
        robot.write(CASHIER_PIN).type(KeyCode.ENTER);
        waitFor("#lock-clock-in");
        Screenshots.write(stage.getScene(), "pos-clock-offer-light");
        robot.clickOn("#lock-clock-in");
        waitUntilGone("#lock-screen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#clock-button")
                && text("#clock-button").startsWith("Working since"));
        robot.clickOn("#clock-button");
        waitFor("#clock-clock-out");
        Screenshots.write(stage.getScene(), "pos-clock-light");
        robot.clickOn("#theme-button");
        Screenshots.write(stage.getScene(), "pos-clock-dark");
        robot.clickOn("#theme-button");
        robot.clickOn("#clock-clock-out");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#clock-status").equals("Off the clock"));
        assertThat(cashier.timeClock().orElseThrow().state()).isEqualTo(cloud.olympus.client.api.TimeClock.State.OFF);
    }

    private Stage startAsManager(Path dir) throws Exception {
        Stage stage = app.start(TillOnTestTime.class, "--server=" + DemoServer.url(), "--till-dir=" + dir, "--lang=en", "--window",
                "--tenant=bella-cucina", "--email=manager@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
        return stage;
    }

    private void wrongPin(String expected) throws Exception {
        robot.write("9999");
        String before = text("#lock-problem");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#lock-pin-dots").equals("Type your PIN")
                && !text("#lock-problem").isEmpty() && (expected == null ? !text("#lock-problem").equals(before) : true));
        if (expected != null) {
            assertThat(text("#lock-problem")).isEqualTo(expected);
        }
    }

    /** Someone with a staff profile who is off the clock is offered to clock in; "Not now" goes on. */
    private void passClockOffer() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, "#lock-screen")
                || FxQueries.showing(robot, "#lock-not-now"));
        if (FxQueries.showing(robot, "#lock-not-now")) {
            robot.clickOn("#lock-not-now");
        }
    }

    /** The lock screen's tile of the person named {@code name}, once the people are there. */
    private Node personTile(String name) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tileOf(name) != null);
        return tileOf(name);
    }

    private Node tileOf(String name) {
        return FxQueries.onFxThread(() -> robot.lookup(".lock-person").queryAll().stream()
                .filter(n -> n.getUserData() instanceof PinHolder p && name.equals(p.displayName())).findFirst().orElse(null));
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilGone(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** The system's time, moved on by {@link #advance}. */
    static final class AdjustableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
