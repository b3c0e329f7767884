package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.server.OlympusServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The till on the screens it meets: full screen by default; the login and the sale laid out at
 * 1024 × 768, 1366 × 768, 1920 × 1080 and in portrait at 768 × 1024 and 1080 × 1920, with Pay and
 * the total on screen, tap targets of 44 px or more, and tiles in their category's colour with
 * their pictures (and without, when a picture cannot be had). Renders the sale at each size to
 * target/screenshots.
 */
class TillLayoutTest {

    /** Landscape first, then portrait: width, height, screenshot name. */
    private static final List<Object[]> SIZES = List.of(
            new Object[]{1024, 768, "pos-sale-1024x768"},
            new Object[]{1366, 768, "pos-sale-1366x768"},
            new Object[]{1920, 1080, "pos-sale-1920x1080"},
            new Object[]{768, 1024, "pos-sale-portrait-768x1024"},
            new Object[]{1080, 1920, "pos-sale-portrait-1080x1920"});
    private static final PseudoClass PICTURE = PseudoClass.getPseudoClass("picture");

    private static ConfigurableApplicationContext server;
    private static String url;
    private static DrawnPictures pictures;
    private Application app;
    private final FxRobot robot = new SteadyRobot();

    @BeforeAll
    static void startServer() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "server-");
        server = new SpringApplicationBuilder(OlympusServer.class).run("--server.port=0", "--olympus.data-dir=" + data,
                "--olympus.demo=true", "--olympus.demo-history-days=1", "--olympus.demo-customers=5",
                "--logging.level.cloud.olympus.server.http=WARN");
        url = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        pictures = new DrawnPictures();
        OlympusClient manager = new OlympusClient(url);
        manager.login("bella-cucina", "manager@bella-cucina.example", "olympus-demo");
        // Three categories with colours of their own (a pale one among them); the others take the till's defaults.
        manager.put("/api/v1/inventory/categories/Pizza", Map.of("colour", "#C0462E"));
        manager.put("/api/v1/inventory/categories/Drinks", Map.of("colour", "#F2C94C"));
        manager.put("/api/v1/inventory/categories/Wine", Map.of("colour", "#6D2338"));
        picture(manager, "PIZ-MAR", pictures.url("pizza-margherita.png"));
        picture(manager, "PIZ-DIA", pictures.url("pizza-diavola.png"));
        picture(manager, "PIZ-FUN", pictures.url("pizza-funghi.png"));
        picture(manager, "BEV-CAP", pictures.url("cappuccino.png"));
        // Pictures the till cannot have: a host that refuses, and one that has no such picture.
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            picture(manager, "DOL-TIR", "http://127.0.0.1:" + closed.getLocalPort() + "/tiramisu.png");
        }
        picture(manager, "DOL-PAN", pictures.url("panna-cotta.png"));
    }

    private static void picture(OlympusClient manager, String sku, String address) {
        String id = manager.get("/api/v1/inventory/items?q=" + sku).path("data").get(0).path("id").asString();
        manager.patch("/api/v1/inventory/items/" + id, Map.of("image_url", address));
    }

    @AfterAll
    static void stopServer() {
        pictures.close();
        server.close();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        // The primary stage outlives the test: leave it as other tests expect to find it.
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.setWidth(TillWindow.WIDTH);
            stage.setHeight(TillWindow.HEIGHT);
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void theTillOpensFullScreenAndEscapeDoesNotLeaveIt() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--server=" + url, "--till-dir=" + tillDir(), "--lang=en", "--mode=till",
                "--tenant=bella-cucina", "--email=cashier@bella-cucina.example");
        waitFor("#login-password");
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitHint()).isEmpty();
        robot.clickOn("#login-password");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).as("Esc closes the till's panels, not full screen").isTrue();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isFalse();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void theLoginAndTheSaleFitEveryScreen() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--server=" + url, "--till-dir=" + tillDir(), "--lang=en", "--mode=till",
                "--window", "--tenant=bella-cucina", "--email=cashier@bella-cucina.example");
        waitFor("#login-password");
        assertThat(stage.isFullScreen()).isFalse();
        for (Object[] size : SIZES) {
            resize(stage, (int) size[0], (int) size[1]);
            for (String field : List.of("#login-tenant", "#login-email", "#login-password", "#login-submit")) {
                assertOnScreen(stage, field);
                assertThat(robot.lookup(field).query().getBoundsInLocal().getHeight()).as(field).isGreaterThanOrEqualTo(44);
            }
            shot(stage, "layout-login-" + size[0] + "x" + size[1]);
        }

        resize(stage, 1280, 800);
        robot.clickOn("#login-password").write("olympus-demo");
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> showsPicture("#item-piz-mar") && showsPicture("#item-piz-dia")
                && showsPicture("#item-piz-fun") && showsPicture("#item-bev-cap"));
        ringUpASale();
        // 8.50 + 2 × 3.50 + 18.00 + 8.00, and 8.75 % tax line by line: 0.74 + 0.61 + 1.58 + 0.70
        assertThat(robot.lookup("#cart-total").queryAs(Label.class).getText()).isEqualTo("$45.13");

        for (Object[] size : SIZES) {
            int width = (int) size[0];
            int height = (int) size[1];
            resize(stage, width, height);
            String at = width + "×" + height;
            assertOnScreen(stage, "#pay-button");
            assertOnScreen(stage, "#cart-total");
            assertThat(robot.lookup("#cart-total").queryAs(Label.class).getText()).isEqualTo("$45.13");
            assertOnScreen(stage, "#search");
            for (Node button : topBarButtons()) {
                assertOnScreen(stage, button);
            }
            assertTapTargets(at);
            assertTheGridFillsItsWidth(at);
            assertCartLinesReadable(at);
            // Tiles with a picture that cannot be had keep their colour and name.
            assertThat(showsPicture("#item-dol-tir")).isFalse();
            assertThat(showsPicture("#item-dol-pan")).isFalse();
            assertThat(robot.lookup("#item-dol-tir").query().isVisible()).isTrue();
            shot(stage, (String) size[2]);
        }

        // The panels over the till fit the smallest screens too.
        for (int[] size : new int[][]{{1024, 768}, {768, 1024}}) {
            resize(stage, size[0], size[1]);
            robot.clickOn("#pay-button");
            waitFor("#checkout");
            assertOnScreen(stage, "#checkout-complete");
            assertOnScreen(stage, "#tender-take");
            List<Node> buttons = new ArrayList<>(robot.lookup("#checkout .button").queryAll());
            buttons.addAll(robot.lookup("#checkout .toggle-button").queryAll());
            assertThat(buttons).isNotEmpty().allSatisfy(button -> assertTapSized(button, size[0] + "×" + size[1]));
            shot(stage, "layout-checkout-" + size[0] + "x" + size[1]);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void longerWordsStillFitAPortraitScreen() throws Exception {
        // The cashier on staff and clocked in: the top bar carries their clock too.
        cloud.olympus.client.api.OlympusApi owner = new cloud.olympus.client.api.OlympusApi(new OlympusClient(url));
        owner.login("bella-cucina", "owner@bella-cucina.example", "olympus-demo");
        cloud.olympus.client.api.OlympusApi cashier = new cloud.olympus.client.api.OlympusApi(new OlympusClient(url));
        cashier.login("bella-cucina", "cashier@bella-cucina.example", "olympus-demo");
        TillLocksAndSwitchesUserTest.onStaffAndOffTheClock(owner, cashier);
        cashier.clockIn();
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp.class, "--server=" + url, "--till-dir=" + tillDir(), "--lang=fr", "--mode=till",
                "--window", "--tenant=bella-cucina", "--email=cashier@bella-cucina.example");
        waitFor("#login-password");
        robot.clickOn("#login-password").write("olympus-demo");
        robot.clickOn("#login-submit");
        waitFor("#product-grid");
        robot.clickOn("#item-bev-cok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#clock-button").queryAs(Labeled.class).getText()
                .startsWith("En service depuis "));
        for (int[] size : new int[][]{{1024, 768}, {768, 1024}}) {
            resize(stage, size[0], size[1]);
            // Rendered first, so a screen that does not fit can be looked at.
            shot(stage, "layout-sale-fr-" + size[0] + "x" + size[1]);
            assertOnScreen(stage, "#clock-button");
            for (Node button : topBarButtons()) {
                assertOnScreen(stage, button);
            }
            List<Node> labelled = new ArrayList<>(robot.lookup("#pos .button").queryAll());
            labelled.add(robot.lookup("#pos .connection-badge").query());
            for (Node node : labelled) {
                if (shown(node) && !node.getStyleClass().contains("product-tile")) {
                    // The button's own words, not those of a graphic such as a shortcut's key.
                    assertThat(robot.from(node).lookup(".text").queryAllAs(Text.class).stream().filter(t -> t.getParent() == node)
                            .findFirst().orElseThrow().getText())
                            .as("the words on %s at %d×%d", node.getId(), size[0], size[1]).isEqualTo(((Labeled) node).getText());
                }
            }
            assertOnScreen(stage, "#pay-button");
            assertOnScreen(stage, "#cart-total");
        }
    }

    /** Bruschetta, two colas, a large Margherita with olives and a tiramisù: a few lines, one with modifiers. */
    private void ringUpASale() throws Exception {
        robot.clickOn("#item-ant-bru");
        robot.clickOn("#item-bev-cok");
        robot.clickOn("#item-bev-cok");
        robot.clickOn("#item-piz-mar");
        waitFor("#modifiers");
        robot.clickOn("#modifier-large");
        robot.clickOn("#modifier-olives");
        robot.clickOn("#modifiers-add");
        robot.clickOn("#item-dol-tir");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cart-lines").<ListView<?>>query().getItems()).hasSize(4);
    }

    private void assertTapTargets(String at) {
        List<Node> targets = new ArrayList<>(robot.lookup("#pos .button").queryAll());
        targets.addAll(robot.lookup("#pos .toggle-button").queryAll());
        targets.addAll(robot.lookup("#pos .text-field").queryAll());
        assertThat(targets).filteredOn(TillLayoutTest::shown).hasSizeGreaterThan(30)
                .allSatisfy(node -> assertTapSized(node, at));
    }

    private static void assertTapSized(Node node, String at) {
        Bounds bounds = node.getLayoutBounds();
        String what = at + " " + node.getClass().getSimpleName() + " " + node.getId() + " " + node.getStyleClass();
        assertThat(bounds.getHeight()).as(what).isGreaterThanOrEqualTo(44);
        if (!(node instanceof TextField)) {
            assertThat(bounds.getWidth()).as(what).isGreaterThanOrEqualTo(44);
        }
    }

    /** Several columns of tiles, and the last column ends where the grid does. */
    private void assertTheGridFillsItsWidth(String at) {
        Node grid = robot.lookup("#product-grid").query();
        List<Node> tiles = new ArrayList<>(robot.lookup("#product-grid .product-tile").queryAll());
        double top = tiles.stream().mapToDouble(t -> t.getBoundsInParent().getMinY()).min().orElseThrow();
        List<Node> firstRow = tiles.stream().filter(t -> t.getBoundsInParent().getMinY() == top).toList();
        assertThat(firstRow.size()).as(at + " columns").isGreaterThanOrEqualTo(4);
        double right = firstRow.stream().mapToDouble(t -> t.getBoundsInParent().getMaxX()).max().orElseThrow();
        assertThat(grid.getLayoutBounds().getWidth() - right).as(at + " room left of the last column").isLessThan(12);
        assertThat(firstRow.get(0).getLayoutBounds().getWidth()).as(at + " tile width").isGreaterThanOrEqualTo(140);
    }

    /** Each line's name, quantity and amount inside the cart, and the cart tall enough for several lines. */
    private void assertCartLinesReadable(String at) {
        Node list = robot.lookup("#cart-lines").query();
        Bounds cart = list.localToScene(list.getLayoutBounds());
        assertThat(cart.getWidth()).as(at + " cart width").isGreaterThanOrEqualTo(300);
        assertThat(cart.getHeight()).as(at + " cart height").isGreaterThanOrEqualTo(190);
        for (Node amount : robot.lookup("#cart-lines .line-amount").queryAll()) {
            if (shown(amount)) {
                Bounds shown = amount.localToScene(amount.getLayoutBounds());
                assertThat(shown.getMaxX()).as(at + " line amount").isLessThanOrEqualTo(cart.getMaxX());
                assertThat(((Label) amount).getText()).doesNotContain("…");
            }
        }
    }

    /** The top bar's buttons that are there now (the outbox's count is left out of the layout while nothing waits). */
    private List<Node> topBarButtons() {
        return robot.lookup("#pos .top-bar .button").queryAll().stream().filter(Node::isManaged).toList();
    }

    private void assertOnScreen(Stage stage, String query) {
        assertOnScreen(stage, robot.lookup(query).query());
    }

    private static void assertOnScreen(Stage stage, Node node) {
        Scene scene = stage.getScene();
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        String what = node.getId() + " at " + scene.getWidth() + "×" + scene.getHeight();
        assertThat(shown(node)).as(what + " shown").isTrue();
        assertThat(bounds.getMinX()).as(what + " left").isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMinY()).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxX()).as(what + " right").isLessThanOrEqualTo(scene.getWidth());
        assertThat(bounds.getMaxY()).as(what + " bottom").isLessThanOrEqualTo(scene.getHeight());
    }

    private boolean showsPicture(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getPseudoClassStates().contains(PICTURE)).orElse(false);
    }

    private void resize(Stage stage, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A second round: CSS pseudo-classes set in one layout pass settle in the next.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
    }

    /** Whether a node is on screen: it and every pane around it visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Path tillDir() throws Exception {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shot(Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(stage.getScene(), name);
    }
}
