package cloud.olympus.desktop.console.reports;

import cloud.olympus.desktop.receipt.PdfFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A report on A4 paper, landscape, with PDFBox as the receipts are: the title, what it covers, then
 * each section as a table with its columns sized to their text; a page ends where the next row
 * does not fit, and the table goes on with its header again. The text is in Liberation Sans, so
 * names in any European script print as they are; headings are in Helvetica Bold when it has
 * their letters, in Liberation Sans drawn heavier when not.
 */
public final class ReportPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = SIZE * 1.6f;
    private static final float GAP = 12;

    private final PDDocument document;
    private final PDFont regular;
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String footer;
    private final LongConsumer progress;
    private final BooleanSupplier cancelled;
    private PDPageContentStream content;
    private float y;
    private int pages;

    private ReportPdf(PDDocument document, String footer, LongConsumer progress, BooleanSupplier cancelled) throws IOException {
        this.document = document;
        this.regular = PdfFonts.sans(document);
        this.footer = footer;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Writes {@code report} to {@code file}, {@code footer} at the foot of each page. */
    public static void write(ReportDocument report, String footer, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, footer, out, pages -> { }, () -> false);
        }
    }

    /**
     * Writes {@code report} to {@code out}, telling {@code progress} each page begun; stops with a
     * {@link CancellationException} between two rows once {@code cancelled} says so.
     */
    public static void write(ReportDocument report, String footer, OutputStream out, LongConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportPdf pdf = new ReportPdf(document, footer, progress, cancelled);
            pdf.newPage();
            pdf.text(true, 16, MARGIN, report.title());
            pdf.y -= 22;
            pdf.text(false, 10, MARGIN, report.subtitle());
            pdf.y -= 24;
            for (ReportDocument.Section section : report.sections()) {
                pdf.section(section);
            }
            pdf.content.close();
            document.save(out);
        }
    }

    private void section(ReportDocument.Section section) throws IOException {
        float[] widths = widths(section);
        if (y - LEADING * 3 < MARGIN + LEADING) {
            newPage();
        }
        text(true, 11, MARGIN, section.title());
        y -= LEADING * 1.2f;
        header(section, widths);
        for (List<String> row : section.rows()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            if (y - LEADING < MARGIN + LEADING) {
                newPage();
                header(section, widths);
            }
            row(false, section, row, widths);
        }
        if (section.rows().isEmpty()) {
            y -= LEADING;
        }
        y -= GAP;
    }

    private void header(ReportDocument.Section section, float[] widths) throws IOException {
        row(true, section, section.columns(), widths);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y + LEADING * 0.35f);
        content.lineTo(PAGE.getWidth() - MARGIN, y + LEADING * 0.35f);
        content.stroke();
    }

    /** A row: words to the left of their column, figures to the right. */
    private void row(boolean strong, ReportDocument.Section section, List<String> cells, float[] widths) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            String cell = fit(strong, PdfFonts.printable(regular, cells.get(i)), widths[i] - 6);
            float at = section.figures(i) ? x + widths[i] - 6 - width(strong, SIZE, cell) : x;
            text(strong, SIZE, at, cell);
            x += widths[i];
        }
        y -= LEADING;
    }

    /** Each column as wide as its widest text, shrunk together to fit the page. */
    private float[] widths(ReportDocument.Section section) throws IOException {
        int columns = section.columns().size();
        float[] widths = new float[columns];
        List<List<String>> all = new ArrayList<>(section.rows());
        all.add(section.columns());
        for (List<String> row : all) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(true, SIZE, PdfFonts.printable(regular, row.get(i))) + 14);
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float room = PAGE.getWidth() - 2 * MARGIN;
        if (total > room) {
            for (int i = 0; i < columns; i++) {
                widths[i] = widths[i] * room / total;
            }
        }
        return widths;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pages++;
        progress.accept(pages);
        y = PAGE.getHeight() - MARGIN;
        if (footer != null && !footer.isBlank()) {
            float keep = y;
            y = MARGIN / 2;
            text(false, 7, MARGIN, footer + " · " + pages);
            y = keep;
        }
    }

    /** Text at {@code x} on the current line; {@code strong} is bold. */
    private void text(boolean strong, float size, float x, String text) throws IOException {
        String shown = PdfFonts.printable(regular, text);
        PDFont font = font(strong, shown);
        boolean heavier = strong && font == regular;
        content.beginText();
        content.setFont(font, size);
        if (heavier) {
            // Liberation Sans has no bold here: its outline drawn as well makes the letters heavier.
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.04f);
        }
        content.newLineAtOffset(x, y);
        content.showText(shown);
        if (heavier) {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.endText();
    }

    /** Helvetica Bold for strong text it has every letter of, Liberation Sans otherwise. */
    private PDFont font(boolean strong, String text) {
        return strong && PdfFonts.writes(bold, text) ? bold : regular;
    }

    private String fit(boolean strong, String text, float room) throws IOException {
        if (width(strong, SIZE, text) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(strong, SIZE, cut + "...") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    private float width(boolean strong, float size, String text) throws IOException {
        return font(strong, text).getStringWidth(text) / 1000 * size;
    }
}
