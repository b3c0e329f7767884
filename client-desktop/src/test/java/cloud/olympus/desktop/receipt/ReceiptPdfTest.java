package cloud.olympus.desktop.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A receipt's PDF: a customer's or cashier's name beyond Latin-1 prints as it is, and the columns stay in line. */
class ReceiptPdfTest {

    @TempDir
    Path folder;

    @Test
    void namesBeyondLatin1PrintAsTheyAreInTheirColumns() throws Exception {
        Path pdf = folder.resolve("receipt.pdf");
        ReceiptPrinter.pdf(new Paper(List.of(
                "Served by Łukasz Żółć",
                "Ελένη       1 x 10.00",
                "Дмитрий     2 x  5.00",
                "Øyvind      3 x  1.00"), "receipt", "A-0042"), pdf);

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            Columns stripper = new Columns();
            String text = stripper.getText(read);
            // Each letter has a Courier cell of its own, so a narrow one may read back with room after it.
            String letters = text.replaceAll("\\s", "");
            assertThat(letters).contains("ServedbyŁukaszŻółć", "Ελένη1x10.00", "Дмитрий2x5.00", "Øyvind3x1.00");
            assertThat(text).doesNotContain("?");
            assertThat(stripper.placesOf("x")).as("the quantities line up under each other, after any name").hasSize(3)
                    .allSatisfy(x -> assertThat(x).isCloseTo(stripper.placesOf("x").get(0), Offset.offset(0.01f)));
        }
    }

    /** Reads where each character is. */
    private static final class Columns extends PDFTextStripper {
        private final List<TextPosition> read = new ArrayList<>();

        Columns() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            read.add(text);
        }

        /** How far from the left each {@code letter} is. */
        List<Float> placesOf(String letter) {
            return read.stream().filter(p -> p.getUnicode().equals(letter)).map(TextPosition::getXDirAdj).toList();
        }
    }
}
