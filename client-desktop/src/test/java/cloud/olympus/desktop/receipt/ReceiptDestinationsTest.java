package cloud.olympus.desktop.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cloud.olympus.fx.i18n.Messages;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other places a receipt can go: a printer's device file, a folder of PDFs, a print queue of the system. */
class ReceiptDestinationsTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private final List<String> lines = ReceiptText.lines(SampleReceipt.margherita(SampleReceipt.CASHIER), ENGLISH, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aDeviceFileGetsTheEscPosBytesOfEachReceipt() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        DevicePrinter printer = new DevicePrinter(device);

        printer.print(Paper.plain(lines, "3F2A9C1E"));
        printer.print(Paper.plain(lines, "3F2A9C1E"));

        byte[] written = Files.readAllBytes(device);
        String text = RawPrintServer.text(written);
        assertThat(text).contains("1 x Pizza Margherita", "$27.19", "Served by Carla Cashier");
        assertThat(text.split("Pizza Margherita", -1)).as("both receipts, one after the other").hasSize(3);
        assertThat(RawPrintServer.cuts(written)).isTrue();
    }

    @Test
    void aDeviceThatIsNotThereIsReportedAndNotCreated() {
        Path missing = dir.resolve("usb").resolve("lp9");
        PrintFailure failure = catchThrowableOfType(PrintFailure.class, () -> new DevicePrinter(missing).print(Paper.plain(lines, "REF")));

        assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.NO_DEVICE);
        assertThat(failure.describe(ENGLISH)).isEqualTo("There is no device " + missing
                + ". Check that the printer is plugged in and switched on.");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aPdfFolderGetsOneReadablePdfPerReceiptWithABarcodeAScannerReads() throws Exception {
        Path folder = dir.resolve("receipts");
        PdfFolder pdfs = new PdfFolder(folder);

        pdfs.print(SampleReceipt.margherita(SampleReceipt.CASHIER).paper(lines));

        Path file = folder.resolve("receipt-3F2A9C1E.pdf");
        assertThat(pdfs.file("3F2A9C1E")).isEqualTo(file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Bella Cucina", "Pizza Margherita", "Coca-Cola",
                    "$27.19", "Served by Carla Cashier");
            // Printed at 203 dpi, as a thermal printer does, the bars read back as the sale's reference.
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 203, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true));
            assertThat(read.getText()).isEqualTo("3F2A9C1E");
        }
    }

    @Test
    void aPdfFolderThatCannotBeMadeIsReported() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        PrintFailure failure = catchThrowableOfType(PrintFailure.class, () -> new PdfFolder(notAFolder).print(Paper.plain(lines, "REF")));

        assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.NOT_WRITABLE);
        assertThat(failure.describe(ENGLISH)).startsWith("Cannot write to " + notAFolder.toAbsolutePath() + ".");
    }

    @Test
    void theSystemsPrintQueuesAreListedEvenWhenThereAreNone() {
        // What this machine has is not up to the test: a list, possibly empty, and quickly.
        long start = System.nanoTime();
        List<String> queues = SystemQueuePrinter.queues();
        assertThat(queues).isNotNull().doesNotContainNull().doesNotHaveDuplicates();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aQueueThatIsNotInstalledIsReported() {
        String queue = "Olympus test queue that is not installed";
        assertThat(SystemQueuePrinter.queues()).doesNotContain(queue);
        for (SystemQueuePrinter.Format format : SystemQueuePrinter.Format.values()) {
            PrintFailure failure = catchThrowableOfType(PrintFailure.class,
                    () -> new SystemQueuePrinter(queue, format).print(Paper.plain(lines, "REF")));
            assertThat(failure.reason()).isEqualTo(PrintFailure.Reason.NO_QUEUE);
            assertThat(failure.describe(Messages.forLocale(Locale.FRENCH)))
                    .isEqualTo("L’imprimante " + queue + " n’est pas installée sur cet ordinateur.");
        }
    }

    @Test
    void aChoiceMakesItsDestination() {
        assertThat(PrinterChoice.NONE.destination()).isEmpty();
        assertThat(new PrinterChoice(PrinterChoice.Kind.NETWORK, "192.168.1.60", 0, null, null, null, null).destination())
                .contains(new NetworkPrinter("192.168.1.60", 9100));
        assertThat(new PrinterChoice(PrinterChoice.Kind.DEVICE, null, 9100, "/dev/usb/lp0", null, null, null).destination())
                .contains(new DevicePrinter(Path.of("/dev/usb/lp0")));
        assertThat(new PrinterChoice(PrinterChoice.Kind.SYSTEM, null, 9100, null, "Front", SystemQueuePrinter.Format.PDF, null)
                .destination()).contains(new SystemQueuePrinter("Front", SystemQueuePrinter.Format.PDF));
        assertThat(new PrinterChoice(PrinterChoice.Kind.PDF_FOLDER, null, 9100, null, null, null, dir.toString()).destination())
                .contains(new PdfFolder(dir));
        assertThatCode(() -> new PrinterChoice(null, null, 0, null, null, null, null).destination()).doesNotThrowAnyException();
    }

    @Test
    void aTestPageShowsWhereItPrintedAndFitsThePaper() {
        List<String> page = ReceiptText.testPage("Bella Cucina", SampleReceipt.CASHIER, "192.168.1.60:9100",
                java.time.Instant.parse("2026-11-25T12:30:00Z"), ENGLISH, ZoneOffset.UTC);

        assertThat(page).contains("Printer: 192.168.1.60:9100", "Served by Carla Cashier");
        assertThat(page).anySatisfy(line -> assertThat(line.strip()).isEqualTo("TEST PRINT"));
        assertThat(page.get(page.size() - 1)).hasSize(ReceiptText.WIDTH).startsWith("....:....1").endsWith("4..");
        assertThat(page).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReceiptText.WIDTH));
    }
}
