package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.PinHolder;
import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.RunningApp;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;

/**
 * The real till, headless, against a real server: a manager registers it and sets a PIN; the till
 * locks (its button, F7, or nobody using it), and people switch in with their PIN, the sale in hand
 * staying on the till. Wrong PINs are said, and so are the server's slowing down and locking.
 */
class TillLocksAndSwitchesUserTest {

    private static final String CASHIER_PIN = "2580";
    private static final String MANAGER_PIN = "1397";

    private final FxRobot robot = new SteadyRobot();
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
        robot.clickOn("#set-pin-item");
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
        switchIn(managerName, MANAGER_PIN);
        assertThat(text("#session-roles")).startsWith(managerName);
        TillMenu.choose(robot, "#theme-item");
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
        TillMenu.choose(robot, "#theme-item");
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
        registerTill(dir);
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
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        OlympusApi cashier = DemoServer.login("bella-cucina", "cashier");
        onStaffAndOffTheClock(owner, cashier);
        cashier.setPin(CASHIER_PIN, DemoServer.PASSWORD);
        String cashierName = cashier.session().displayName();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        Stage stage = startAsManager(dir);
        String tillName = "Clock till " + dir.getFileName();
        robot.type(KeyCode.F9);
        waitFor("#register-till");
        robot.doubleClickOn("#register-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(tillName);
        robot.clickOn("#register-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("device-token")));
        robot.clickOn("#register-close");
        String deviceId = StreamSupport.stream(manager.client().get("/api/v1/devices").path("data").spliterator(), false)
                .filter(d -> tillName.equals(d.path("name").asString())).findFirst().orElseThrow().path("id").asString();

        // A PIN unlock for someone off the clock ends with the offer to clock in.
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");
        unlockWithPin(cashierName);
        waitFor("#lock-clock-in");
        assertThat(text("#lock-clock-offer")).isEqualTo("You are off the clock. Clock in now?");
        Screenshots.write(stage.getScene(), "pos-clock-offer-light");
        robot.clickOn("#lock-clock-in");
        waitUntilGone("#lock-screen");
        assertThat(text("#session-roles")).startsWith(cashierName);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#clock-button")
                && text("#clock-button").startsWith("Working since "));
        // Clocked in by the till it was done at, as the server keeps it.
        JsonNode entry = cashier.client().get("/api/v1/workforce/time-entries/current").path("entry");
        assertThat(entry.path("source").asString()).isEqualTo("till");
        assertThat(entry.path("device_id").asString()).isEqualTo(deviceId);

        // The clock in the top bar: a break, then clocking out, in the dark.
        robot.clickOn("#clock-button");
        waitFor("#clock-break-start");
        assertThat(FxQueries.showing(robot, "#clock-clock-out")).isTrue();
        Screenshots.write(stage.getScene(), "pos-clock-light");
        robot.clickOn("#clock-break-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#clock-status").startsWith("On a break since "));
        assertThat(FxQueries.showing(robot, "#clock-break-end")).isTrue();
        assertThat(text("#clock-button")).startsWith("On a break since ");
        robot.clickOn("#clock-close");
        waitUntilGone("#clock");
        TillMenu.choose(robot, "#theme-item");
        robot.clickOn("#clock-button");
        waitFor("#clock-clock-out");
        Screenshots.write(stage.getScene(), "pos-clock-dark");
        robot.clickOn("#clock-clock-out");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#clock-status").equals("Off the clock"));
        assertThat(FxQueries.showing(robot, "#clock-clock-in")).isTrue();
        robot.clickOn("#clock-close");
        waitUntilGone("#clock");
        assertThat(cashier.timeClock().orElseThrow().state()).isEqualTo(TimeClock.State.OFF);
        JsonNode done = StreamSupport.stream(cashier.client().get("/api/v1/workforce/time-entries").path("data").spliterator(), false)
                .filter(e -> e.path("id").asString().equals(entry.path("id").asString())).findFirst().orElseThrow();
        assertThat(done.path("clock_out").isNull()).isFalse();
        assertThat(done.path("breaks")).hasSize(1);
        assertThat(done.path("source").asString()).isEqualTo("till");
        assertThat(done.path("device_id").asString()).isEqualTo(deviceId);

        // Off the clock again: the offer comes back, and "Not now" opens the till without clocking in.
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");
        unlockWithPin(cashierName);
        waitFor("#lock-not-now");
        Screenshots.write(stage.getScene(), "pos-clock-offer-dark");
        robot.clickOn("#lock-not-now");
        waitUntilGone("#lock-screen");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, "#clock-button")
                && text("#clock-button").equals("Off the clock"));
        assertThat(cashier.timeClock().orElseThrow().state()).isEqualTo(TimeClock.State.OFF);
        TillMenu.choose(robot, "#theme-item");
    }

    @Test
    void whoeverSwitchesInGetsTheirOwnConsoleNotTheOneLeftOpen() throws Exception {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        owner.setPin(MANAGER_PIN, DemoServer.PASSWORD);
        String ownerName = owner.session().displayName();
        String managerName = DemoServer.login("bella-cucina", "manager").session().displayName();
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        startAsManager(dir);
        registerTill(dir);

        // The manager looks at the console, goes back to the till and locks it.
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitFor("#console");
        assertThat(text("#console-who")).startsWith(managerName);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitFor("#product-grid");
        robot.type(KeyCode.F7);
        waitFor("#lock-screen");

        // The owner switches in with their PIN: the console is theirs, not the manager's left open.
        switchIn(ownerName, MANAGER_PIN);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitFor("#console");
        assertThat(text("#console-who")).startsWith(ownerName);
    }

    /**
     * Gives {@code person} an active staff profile at the business itself and clocks them out, whatever
     * the demo data or an earlier test left: the till then finds them on staff and off the clock.
     */
    static void onStaffAndOffTheClock(OlympusApi owner, OlympusApi person) {
        Session session = person.session();
        JsonNode profile = StreamSupport.stream(owner.client().get("/api/v1/workforce/staff?include_inactive=true").path("data")
                .spliterator(), false).filter(p -> session.userId().toString().equals(p.path("user_id").asString())).findFirst()
                .orElse(null);
        if (profile == null) {
            owner.client().post("/api/v1/workforce/staff", Map.of("user_id", session.userId(), "staff_role", "cashier",
                    "hourly_rate", new BigDecimal("15.00")));
        } else {
            owner.client().patch("/api/v1/workforce/staff/" + profile.path("id").asString(), Map.of("active", true,
                    "location_ids", List.of(session.tenantId())));
        }
        if (person.timeClock().orElseThrow().state() != TimeClock.State.OFF) {
            person.clockOut();
        }
    }

    /** On the lock screen: the tile of {@code name}, then the cashier's PIN on the pad. */
    private void unlockWithPin(String name) throws Exception {
        robot.clickOn(personTile(name));
        waitFor("#lock-pin-pad");
        robot.write(CASHIER_PIN).type(KeyCode.ENTER);
    }

    private Stage startAsManager(Path dir) throws Exception {
        Stage stage = app.start(TillOnTestTime.class, "--server=" + DemoServer.url(), "--till-dir=" + dir, "--lang=en", "--window", "--mode=till",
                "--tenant=bella-cucina", "--email=manager@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write(DemoServer.PASSWORD);
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
        return stage;
    }

    /** On the lock screen: {@code name} switches in with {@code pin}, past the offer to clock in. */
    private void switchIn(String name, String pin) throws Exception {
        robot.clickOn(personTile(name));
        waitFor("#lock-pin-pad");
        robot.write(pin).type(KeyCode.ENTER);
        passClockOffer();
        waitUntilGone("#lock-screen");
    }

    /** Registers the till under its proposed name, its token kept in {@code dir}. */
    private void registerTill(Path dir) throws Exception {
        robot.type(KeyCode.F9);
        waitFor("#register-till");
        robot.clickOn("#register-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("device-token")));
        robot.clickOn("#register-close");
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
}
