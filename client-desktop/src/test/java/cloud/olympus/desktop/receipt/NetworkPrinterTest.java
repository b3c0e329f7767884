package cloud.olympus.desktop.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.olympus.fx.i18n.Messages;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Receipts to a thermal printer on the network: what arrives, and how a printer that is not there is reported. */
class NetworkPrinterTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private final List<String> lines = ReceiptText.lines(SampleReceipt.margherita(SampleReceipt.CASHIER), ENGLISH, ZoneOffset.UTC);

    @Test
    void sendsTheReceiptAsEscPosWithTheCashierAndACut() throws Exception {
        try (RawPrintServer printer = new RawPrintServer()) {
            new NetworkPrinter(printer.host(), printer.port()).print(SampleReceipt.margherita(SampleReceipt.CASHIER).paper(lines));

            byte[] job = printer.nextJob(Duration.ofSeconds(5));
            assertThat(RawPrintServer.text(job)).contains("Bella Cucina", "Sale 3F2A9C1E", "1 x Pizza Margherita", "$18.00",
                    "Large +$4.00", "2 x Coca-Cola", "$7.00", "Total", "$27.19", "Cash", "$30.00", "Change", "$2.81",
                    "Served by Carla Cashier", "Grazie!");
            assertThat(RawPrintServer.text(job)).as("the reference as a Code 128 barcode (GS k 73, set B)")
                    .contains("\u001dk" + (char) 73 + (char) 10 + "{B3F2A9C1E");
            assertThat(RawPrintServer.text(job).indexOf("{B3F2A9C1E")).as("under the lines")
                    .isGreaterThan(RawPrintServer.text(job).indexOf("Grazie!"));
            assertThat(RawPrintServer.cuts(job)).as("ends with a cut (GS V)").isTrue();
            assertThat(new NetworkPrinter(printer.host(), printer.port()).where()).isEqualTo(printer.host() + ":" + printer.port());
        }
    }

    @Test
    void aPortNobodyListensOnIsRefusedAtOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        long start = System.nanoTime();
        PrintFailure failure = catchThrowableOfType(PrintFailure.class,
                () -> new NetworkPrinter("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(2)).print(Paper.plain(lines, "REF")));

        assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(failure.describe(ENGLISH)).isEqualTo("The printer at 127.0.0.1:" + port
                + " refused the connection. Check the address and the port.");
    }

    @Test
    void aPrinterThatDoesNotAnswerTimesOutWithinTheConnectTimeout() throws Exception {
        // A listener whose queue of unaccepted connections is full: the system then leaves new ones
        // unanswered, as a printer that is switched off does.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = new InetSocketAddress(silent.getInetAddress(), silent.getLocalPort());
            List<Socket> waiting = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    Socket socket = new Socket();
                    try {
                        socket.connect(address, 300);
                        waiting.add(socket);
                    } catch (SocketTimeoutException full) {
                        socket.close();
                        break;
                    }
                }
                NetworkPrinter printer = new NetworkPrinter("127.0.0.1", silent.getLocalPort(), Duration.ofSeconds(1),
                        Duration.ofSeconds(1));
                long start = System.nanoTime();
                PrintFailure failure = catchThrowableOfType(PrintFailure.class, () -> printer.print(Paper.plain(lines, "REF")));
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.TIMEOUT);
                assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
                assertThat(failure.describe(ENGLISH)).isEqualTo("The printer at 127.0.0.1:" + silent.getLocalPort()
                        + " did not answer in time. Check that it is switched on and has paper.");
                assertThat(failure.describe(Messages.forLocale(Locale.GERMAN))).startsWith("Der Drucker unter 127.0.0.1:")
                        .contains("nicht rechtzeitig geantwortet");
            } finally {
                for (Socket socket : waiting) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aPrinterThatStopsTakingDataTimesOutWithinTheWriteTimeout() throws Exception {
        try (ServerSocket stuck = new ServerSocket()) {
            stuck.setReceiveBufferSize(4096);
            stuck.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = new Thread(() -> {
                try {
                    // Takes the connection and never reads from it, as a printer out of paper.
                    Socket taken = stuck.accept();
                    Thread.currentThread().join();
                    taken.close();
                } catch (Exception ignored) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            NetworkPrinter printer = new NetworkPrinter("127.0.0.1", stuck.getLocalPort(), Duration.ofSeconds(1),
                    Duration.ofMillis(500));
            long start = System.nanoTime();
            // More than the socket buffers of both ends hold.
            PrintFailure failure = catchThrowableOfType(PrintFailure.class, () -> printer.send(new byte[64 * 1024 * 1024]));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            acceptor.interrupt();

            assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.TIMEOUT);
            assertThat(took).isBetween(Duration.ofMillis(450), Duration.ofSeconds(3));
        }
    }

    @Test
    void aHostNameThatDoesNotResolveSaysSo() {
        PrintFailure failure = catchThrowableOfType(PrintFailure.class,
                () -> new NetworkPrinter("no-such-printer.invalid", 9100).print(Paper.plain(lines, "REF")));

        assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.UNKNOWN_HOST);
        assertThat(failure.describe(ENGLISH)).isEqualTo(
                "No printer is known by the name no-such-printer.invalid. Check the name, or enter its IP address.");
    }
}
