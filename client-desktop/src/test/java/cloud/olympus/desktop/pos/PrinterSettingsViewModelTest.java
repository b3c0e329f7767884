package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.RawPrintServer;
import cloud.olympus.desktop.receipt.ReceiptPrinting;
import cloud.olympus.desktop.receipt.SystemQueuePrinter;
import cloud.olympus.fx.i18n.Messages;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PrinterSettingsViewModelTest {

    private final List<PrinterChoice> saved = new ArrayList<>();
    private List<String> installed = List.of();

    private PrinterSettingsViewModel model(PrinterChoice current, Locale locale) {
        Supplier<List<String>> queues = () -> installed;
        ReceiptPrinting printing = new ReceiptPrinting(Messages.forLocale(locale), Runnable::run, Runnable::run, queues,
                Duration.ofSeconds(10));
        return new PrinterSettingsViewModel(current, Path.of("/srv/till/receipts"), "Bella Cucina", "Carla Cashier", printing,
                saved::add);
    }

    @Test
    void startsFromWhatTheTerminalRemembers() {
        PrinterSettingsViewModel fresh = model(PrinterChoice.NONE, Locale.ENGLISH);
        assertThat(fresh.kindProperty().get()).isEqualTo(PrinterChoice.Kind.NONE);
        assertThat(fresh.portProperty().get()).isEqualTo("9100");
        assertThat(fresh.deviceProperty().get()).isEqualTo("/dev/usb/lp0");
        assertThat(fresh.folderProperty().get()).isEqualTo("/srv/till/receipts");
        assertThat(fresh.hintProperty().get()).startsWith("Receipts are shown on screen");

        PrinterSettingsViewModel network = model(new PrinterChoice(PrinterChoice.Kind.NETWORK, "192.168.1.60", 9101, null, null,
                null, null), Locale.ENGLISH);
        assertThat(network.hostProperty().get()).isEqualTo("192.168.1.60");
        assertThat(network.portProperty().get()).isEqualTo("9101");
        assertThat(network.hintProperty().get()).startsWith("An ESC/POS receipt printer on the network");
    }

    @Test
    void savesAChoiceOnlyWithTheDetailsItsKindNeeds() {
        PrinterSettingsViewModel model = model(PrinterChoice.NONE, Locale.ENGLISH);
        model.kindProperty().set(PrinterChoice.Kind.NETWORK);
        assertThat(model.save()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Enter the printer's host name or IP address.");
        assertThat(model.failedProperty().get()).isTrue();

        model.hostProperty().set(" 192.168.1.60 ");
        model.portProperty().set("91000");
        assertThat(model.save()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("The port is a number from 1 to 65535.");

        model.portProperty().set("9100");
        assertThat(model.save()).isTrue();
        assertThat(saved).singleElement().satisfies(choice -> {
            assertThat(choice.kind()).isEqualTo(PrinterChoice.Kind.NETWORK);
            assertThat(choice.host()).isEqualTo("192.168.1.60");
            assertThat(choice.port()).isEqualTo(9100);
        });

        model.kindProperty().set(PrinterChoice.Kind.DEVICE);
        model.deviceProperty().set("");
        assertThat(model.save()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Enter the device file, such as /dev/usb/lp0.");
        model.kindProperty().set(PrinterChoice.Kind.PDF_FOLDER);
        assertThat(model.statusProperty().get()).as("a new kind starts with a clean slate").isEmpty();
        assertThat(model.save()).isTrue();
        assertThat(saved.get(1).folder()).isEqualTo("/srv/till/receipts");
    }

    @Test
    void aTestPrintGoesToThePrinterAsEnteredWithoutSavingIt() throws Exception {
        try (RawPrintServer printer = new RawPrintServer()) {
            PrinterSettingsViewModel model = model(PrinterChoice.NONE, Locale.ENGLISH);
            model.kindProperty().set(PrinterChoice.Kind.NETWORK);
            model.hostProperty().set(printer.host());
            model.portProperty().set(String.valueOf(printer.port()));

            model.testPrint();

            String page = RawPrintServer.text(printer.nextJob(Duration.ofSeconds(5)));
            assertThat(page).contains("Bella Cucina", "TEST PRINT", "Printer: " + printer.host() + ":" + printer.port(),
                    "Served by Carla Cashier", "....:....1....:....2....:....3....:....4..");
            assertThat(model.statusProperty().get()).isEqualTo("Test page sent to " + printer.host() + ":" + printer.port() + ".");
            assertThat(model.failedProperty().get()).isFalse();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(saved).isEmpty();
        }
    }

    @Test
    void aTestPrintThatFailsSaysWhyInTheCashiersLanguage() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        PrinterSettingsViewModel model = model(new PrinterChoice(PrinterChoice.Kind.NETWORK, "127.0.0.1", port, null, null, null,
                null), Locale.GERMAN);

        model.testPrint();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Der Drucker unter 127.0.0.1:" + port
                + " hat die Verbindung abgelehnt. Adresse und Port prüfen.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aSystemWithoutPrintQueuesIsToldSoAndCannotBeChosen() {
        PrinterSettingsViewModel model = model(PrinterChoice.NONE, Locale.forLanguageTag("es"));
        model.kindProperty().set(PrinterChoice.Kind.SYSTEM);

        assertThat(model.queues()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("No hay impresoras instaladas en este equipo.");
        assertThat(model.save()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Elige una impresora.");
        assertThat(saved).isEmpty();
    }

    @Test
    void theSystemsPrintQueuesAreOfferedAndTheFirstIsTaken() {
        installed = List.of("Front counter", "Kitchen");
        PrinterSettingsViewModel model = model(PrinterChoice.NONE, Locale.ENGLISH);
        model.kindProperty().set(PrinterChoice.Kind.SYSTEM);

        assertThat(model.queues()).containsExactly("Front counter", "Kitchen");
        assertThat(model.queueProperty().get()).isEqualTo("Front counter");
        model.queueProperty().set("Kitchen");
        model.formatProperty().set(SystemQueuePrinter.Format.PDF);
        assertThat(model.save()).isTrue();
        assertThat(saved).singleElement().satisfies(choice -> {
            assertThat(choice.queue()).isEqualTo("Kitchen");
            assertThat(choice.format()).isEqualTo(SystemQueuePrinter.Format.PDF);
        });

        PrinterSettingsViewModel again = model(saved.get(0), Locale.ENGLISH);
        assertThat(again.queues()).containsExactly("Front counter", "Kitchen");
        assertThat(again.queueProperty().get()).as("the saved queue stays chosen").isEqualTo("Kitchen");
        assertThat(again.formatProperty().get()).isEqualTo(SystemQueuePrinter.Format.PDF);
    }
}
