package cloud.olympus.desktop.pos;

import cloud.olympus.model.commerce.PaymentMethod;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.RawPrintServer;
import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.desktop.receipt.ReceiptDestination;
import cloud.olympus.desktop.receipt.ReceiptPrinting;
import cloud.olympus.fx.i18n.Messages;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After the sale is kept: the receipt goes to the terminal's printer, and a printer that fails costs nothing but a message. */
class ReceiptViewModelTest {

    private final List<OrderDraft> kept = new ArrayList<>();
    private final ReceiptPrinting english = new ReceiptPrinting(Messages.forLocale(Locale.ENGLISH), Runnable::run, Runnable::run);
    private Receipt receipt;

    @TempDir
    Path dir;

    @BeforeEach
    void sell() {
        CartViewModel cart = new CartViewModel(Fixtures.RESTAURANT, Fixtures.MONEY);
        cart.add(Fixtures.WINE);
        cart.add(Fixtures.COLA);
        CheckoutViewModel checkout = new CheckoutViewModel(cart, Fixtures::sale, kept::add);
        checkout.takeExact(PaymentMethod.CASH);
        receipt = checkout.complete("Trattoria", "Grazie!", "Carla Cashier");
    }

    @Test
    void theReceiptGoesToTheChosenPrinterAfterTheSale() throws Exception {
        try (RawPrintServer printer = new RawPrintServer()) {
            ReceiptViewModel model = new ReceiptViewModel(receipt, network(printer.host(), printer.port()), dir, english);

            model.printAfterSale();

            String printed = RawPrintServer.text(printer.nextJob(Duration.ofSeconds(5)));
            assertThat(printed).contains("Trattoria", "1 x Chianti", "1 x Coca-Cola", "$15.91", "Served by Carla Cashier");
            assertThat(model.statusProperty().get()).isEqualTo("Sent to " + printer.host() + ":" + printer.port());
            assertThat(model.failedProperty().get()).isFalse();

            model.print();
            assertThat(RawPrintServer.text(printer.nextJob(Duration.ofSeconds(5)))).as("a reprint").isEqualTo(printed);
        }
    }

    @Test
    void aPrinterThatFailsLeavesTheSaleKeptAndSaysSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ReceiptViewModel model = new ReceiptViewModel(receipt, network("127.0.0.1", port), dir,
                new ReceiptPrinting(Messages.forLocale(Locale.FRENCH), Runnable::run, Runnable::run));

        model.printAfterSale();

        assertThat(kept).singleElement().satisfies(sale -> assertThat(sale.id()).isEqualTo(receipt.orderId()));
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("La vente est enregistrée, mais le reçu n’a pas été imprimé. "
                + "L’imprimante à l’adresse 127.0.0.1:" + port + " a refusé la connexion. Vérifiez l’adresse et le port.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aPrinterThatHangsDoesNotHoldTheTillAndEndsInAMessage() throws Exception {
        ExecutorService printing = Executors.newSingleThreadExecutor();
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        try {
            ReceiptDestination hangs = new ReceiptDestination() {
                @Override
                public void print(cloud.olympus.desktop.receipt.Paper paper) {
                    try {
                        // A device that takes the job and never finishes it.
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public String where() {
                    return "/dev/usb/lp0";
                }
            };
            ReceiptPrinting slow = new ReceiptPrinting(Messages.forLocale(Locale.ENGLISH), printing, ui::add, List::of,
                    Duration.ofMillis(300));
            List<String> outcome = new ArrayList<>();

            slow.print(hangs, cloud.olympus.desktop.receipt.Paper.plain(List.of("line"), "REF"), done -> outcome.add(done.problem()));
            assertThat(outcome).as("print returns at once").isEmpty();

            Runnable answer = ui.poll(5, TimeUnit.SECONDS);
            assertThat(answer).isNotNull();
            answer.run();
            assertThat(outcome).containsExactly(
                    "The printer at /dev/usb/lp0 did not answer in time. Check that it is switched on and has paper.");
        } finally {
            printing.shutdownNow();
        }
    }

    @Test
    void withoutAPrinterNothingIsPrintedAndReprintingSaysWhy() {
        ReceiptViewModel model = new ReceiptViewModel(receipt, PrinterChoice.NONE, dir, english);

        model.printAfterSale();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(model.hasPrinter()).isFalse();

        model.print();
        assertThat(model.statusProperty().get()).isEqualTo("No receipt printer is chosen: choose one under Printer.");
        assertThat(model.failedProperty().get()).isTrue();
    }

    @Test
    void theReceiptCanBeSavedAsPdf() {
        ReceiptViewModel model = new ReceiptViewModel(receipt, PrinterChoice.NONE, dir, english);

        model.savePdf();

        Path file = dir.resolve("receipt-" + receipt.reference() + ".pdf");
        assertThat(file).exists();
        assertThat(model.statusProperty().get()).isEqualTo("Saved to " + file.toAbsolutePath());
        assertThat(model.lines()).anySatisfy(line -> assertThat(line).contains("Served by Carla Cashier"));
        assertThat(Files.isRegularFile(file)).isTrue();
    }

    private static PrinterChoice network(String host, int port) {
        return new PrinterChoice(PrinterChoice.Kind.NETWORK, host, port, null, null, null, null);
    }
}
