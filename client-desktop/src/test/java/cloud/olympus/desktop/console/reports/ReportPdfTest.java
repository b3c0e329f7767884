package cloud.olympus.desktop.console.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's PDF: names in any European script print as they are, and a long one can be stopped between rows. */
class ReportPdfTest {

    @TempDir
    Path folder;

    @Test
    void namesBeyondLatin1PrintAsTheyAreInRowsAndHeadings() throws Exception {
        ReportDocument report = new ReportDocument("Stunden · Łukasz Żółć", "Ελένη · Дмитрий", List.of(
                new ReportDocument.Section("people", "Ώρες / Часы", List.of("Person", "Øyvind", "Hours"), List.of(
                        List.of("Łukasz Żółć", "Kraków", "7.50"),
                        List.of("Ελένη", "Αθήνα", "6.00"),
                        List.of("Дмитрий", "Москва", "8.25"),
                        List.of("Øyvind", "Tromsø", "4.00")), 2)));
        Path pdf = folder.resolve("people.pdf");
        ReportPdf.write(report, "Olympus report", pdf);

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Łukasz Żółć", "Ελένη", "Дмитрий", "Kraków", "Αθήνα", "Москва", "Øyvind", "Tromsø",
                    "Ώρες / Часы", "Stunden · Łukasz Żółć", "Ελένη · Дмитрий", "Olympus report · 1");
            assertThat(text).doesNotContain("?");
        }
    }

    @Test
    void aLongReportTellsEachPageAndStopsWhenCancelled() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(List.of("Day " + i, String.valueOf(i)));
        }
        ReportDocument report = new ReportDocument("Sales", "A year", List.of(
                new ReportDocument.Section("days", "Days", List.of("Day", "Orders"), rows)));
        AtomicLong pages = new AtomicLong();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ReportPdf.write(report, "", whole, pages::set, () -> false);
        assertThat(pages.get()).as("about 34 rows a page").isGreaterThan(10);
        try (PDDocument read = Loader.loadPDF(whole.toByteArray())) {
            assertThat(read.getNumberOfPages()).isEqualTo((int) pages.get());
        }

        AtomicLong begun = new AtomicLong();
        ByteArrayOutputStream stopped = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ReportPdf.write(report, "", stopped, begun::set, () -> begun.get() >= 2))
                .isInstanceOf(CancellationException.class);
        assertThat(begun.get()).as("stopped on the second page").isEqualTo(2);
        assertThat(stopped.size()).as("nothing written").isZero();
    }
}
