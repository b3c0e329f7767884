package cloud.olympus.desktop.console.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A report on A4 paper, landscape, with PDFBox as the receipts are: the title, what it covers, then
 * each section as a table with its columns sized to their text; a page ends where the next row
 * does not fit, and the table goes on with its header again.
 */
public final class ReportPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = SIZE * 1.6f;
    private static final float GAP = 12;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    private ReportPdf(PDDocument document, String footer) {
        this.document = document;
        this.footer = footer;
    }

    /** Writes {@code report} to {@code file}, {@code footer} at the foot of each page. */
    public static void write(ReportDocument report, String footer, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportPdf pdf = new ReportPdf(document, footer);
            pdf.newPage();
            pdf.text(pdf.bold, 16, MARGIN, report.title());
            pdf.y -= 22;
            pdf.text(pdf.regular, 10, MARGIN, report.subtitle());
            pdf.y -= 24;
            for (ReportDocument.Section section : report.sections()) {
                pdf.section(section);
            }
            pdf.content.close();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            document.save(file.toFile());
        }
    }

    private void section(ReportDocument.Section section) throws IOException {
        float[] widths = widths(section);
        if (y - LEADING * 3 < MARGIN + LEADING) {
            newPage();
        }
        text(bold, 11, MARGIN, section.title());
        y -= LEADING * 1.2f;
        header(section, widths);
        for (List<String> row : section.rows()) {
            if (y - LEADING < MARGIN + LEADING) {
                newPage();
                header(section, widths);
            }
            row(regular, section, row, widths);
        }
        if (section.rows().isEmpty()) {
            y -= LEADING;
        }
        y -= GAP;
    }

    private void header(ReportDocument.Section section, float[] widths) throws IOException {
        row(bold, section, section.columns(), widths);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y + LEADING * 0.35f);
        content.lineTo(PAGE.getWidth() - MARGIN, y + LEADING * 0.35f);
        content.stroke();
    }

    /** A row: words to the left of their column, figures to the right. */
    private void row(PDType1Font font, ReportDocument.Section section, List<String> cells, float[] widths) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            String cell = fit(font, printable(font, cells.get(i)), widths[i] - 6);
            float at = section.figures(i) ? x + widths[i] - 6 - width(font, SIZE, cell) : x;
            text(font, SIZE, at, cell);
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
                widths[i] = Math.max(widths[i], width(bold, SIZE, printable(bold, row.get(i))) + 14);
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
        y = PAGE.getHeight() - MARGIN;
        if (footer != null && !footer.isBlank()) {
            float keep = y;
            y = MARGIN / 2;
            text(regular, 7, MARGIN, footer + " · " + pages);
            y = keep;
        }
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    /** The text as the font can write it: a character it has no glyph for becomes a plain one, or a question mark. */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        for (char c : (text == null ? "" : text).replace('−', '-').replace('\u202f', ' ').replace('\u00a0', ' ').toCharArray()) {
            String one = String.valueOf(c);
            try {
                font.encode(one);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                String plain = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(plain.isEmpty() || plain.equals(one) ? "?" : plain);
            }
        }
        return out.toString();
    }

    private static String fit(PDType1Font font, String text, float room) throws IOException {
        if (width(font, SIZE, text) <= room) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(font, SIZE, cut + "...") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
