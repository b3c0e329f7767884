package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.RawPrintServer;
import cloud.olympus.desktop.receipt.ReceiptPrinting;
import cloud.olympus.desktop.receipt.SystemQueuePrinter;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The printer settings panel on screen, headless: choosing a network printer, a test page that
 * reaches it, a printer that refuses, and saving. Renders the panel, light and dark, to target/screenshots.
 */
class PrinterSettingsOverlayTest {

    private final FxRobot robot = new SteadyRobot();
    @RegisterExtension
    final PanelStage panels = new PanelStage();
    private final List<PrinterChoice> saved = new ArrayList<>();
    private final ExecutorService printing = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-printer");
        thread.setDaemon(true);
        return thread;
    });
    private boolean closed;

    @AfterEach
    void tearDown() {
        printing.shutdownNow();
    }

    @Test
    void aCashierChoosesANetworkPrinterTriesItAndSavesIt() throws Exception {
        try (RawPrintServer printer = new RawPrintServer()) {
            show(PrinterChoice.NONE, Locale.ENGLISH, ThemeManager.Mode.LIGHT);
            assertThat(shown(robot.lookup("#printer-host").query())).isFalse();
            assertThat(robot.lookup("#printer-test").queryButton().isDisabled()).as("nothing to test without a printer").isTrue();

            robot.clickOn("#printer-kind-network");
            assertThat(shown(robot.lookup("#printer-host").query())).isTrue();
            assertThat(shown(robot.lookup("#printer-device").query())).isFalse();
            assertThat(text("#printer-hint")).startsWith("An ESC/POS receipt printer on the network");
            robot.clickOn("#printer-host").write(printer.host());
            robot.clickOn("#printer-port").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(String.valueOf(printer.port()));
            assertThat(robot.lookup("#printer-port").queryTextInputControl().getText()).isEqualTo(String.valueOf(printer.port()));

            robot.clickOn("#printer-test");
            String sent = "Test page sent to " + printer.host() + ":" + printer.port() + ".";
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#printer-status").equals(sent));
            assertThat(RawPrintServer.text(printer.nextJob(Duration.ofSeconds(5)))).contains("TEST PRINT", "Served by Carla Cashier");
            assertThat(saved).as("a test print does not save").isEmpty();
            assertTouchSized();
            shot("pos-printer-settings-light");
            panels.theme(ThemeManager.Mode.DARK);
            shot("pos-printer-settings-dark");

            robot.clickOn("#printer-save");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(saved).singleElement().isEqualTo(new PrinterChoice(PrinterChoice.Kind.NETWORK, printer.host(), printer.port(),
                    PrinterSettingsViewModel.DEFAULT_DEVICE, "", SystemQueuePrinter.Format.TEXT,
                    Path.of("target/receipts").toAbsolutePath().toString()));
            assertThat(closed).isTrue();
            assertThat(robot.lookup("#printer-settings").tryQuery()).isEmpty();
        }
    }

    @Test
    void aPrinterThatRefusesIsShownAsAProblemInTheCashiersLanguage() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        show(new PrinterChoice(PrinterChoice.Kind.NETWORK, "127.0.0.1", port, null, null, null, null), Locale.GERMAN,
                ThemeManager.Mode.LIGHT);

        robot.clickOn("#printer-test");

        String refused = "Der Drucker unter 127.0.0.1:" + port + " hat die Verbindung abgelehnt. Adresse und Port prüfen.";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#printer-status").equals(refused));
        assertThat(robot.lookup("#printer-status").query().getPseudoClassStates()).contains(ReceiptOverlay.PROBLEM);
        assertTouchSized();
        shot("pos-printer-settings-refused-de");
    }

    @Test
    void theSystemsPrintQueuesAreOfferedOrTheirAbsenceIsExplained() throws Exception {
        show(PrinterChoice.NONE, Locale.FRENCH, ThemeManager.Mode.LIGHT);

        robot.clickOn("#printer-kind-system");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#printer-test").queryButton().isDisabled());

        @SuppressWarnings("unchecked")
        ComboBox<String> queues = robot.lookup("#printer-queue").queryAs(ComboBox.class);
        assertThat(shown(queues)).isTrue();
        if (queues.getItems().isEmpty()) {
            assertThat(text("#printer-status")).isEqualTo("Aucune imprimante n’est installée sur cet ordinateur.");
        } else {
            assertThat(queues.getValue()).isEqualTo(queues.getItems().get(0));
        }
        assertTouchSized();
        shot("pos-printer-settings-system-fr");
    }

    private void show(PrinterChoice current, Locale locale, ThemeManager.Mode mode) throws Exception {
        Messages messages = Messages.forLocale(locale);
        ReceiptPrinting receipts = new ReceiptPrinting(messages, printing, Platform::runLater);
        PrinterSettingsViewModel model = new PrinterSettingsViewModel(current, Path.of("target/receipts"), "Bella Cucina",
                "Carla Cashier", receipts, saved::add);
        panels.show(new PrinterSettingsOverlay(model, messages, () -> closed = true), mode, 1280, 800);
    }

    /** Everything a finger taps is at least 44 px high. */
    private void assertTouchSized() {
        List<Node> targets = new ArrayList<>();
        targets.addAll(robot.lookup("#printer-settings .button").queryAll());
        targets.addAll(robot.lookup("#printer-settings .toggle-button").queryAll());
        targets.addAll(robot.lookup("#printer-settings .text-field").queryAll());
        targets.addAll(robot.lookup("#printer-settings .combo-box").queryAll());
        assertThat(targets).filteredOn(PrinterSettingsOverlayTest::shown).isNotEmpty().allSatisfy(node -> assertThat(node.getBoundsInLocal().getHeight())
                .as("%s %s", node.getClass().getSimpleName(), node.getId()).isGreaterThanOrEqualTo(44));
        assertThat(targets).filteredOn(node -> node instanceof ButtonBase || node instanceof TextField).isNotEmpty();
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

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void shot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(panels.stage().getScene(), name);
    }
}
