package cloud.olympus.desktop.receipt;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.BarCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Puts receipt lines on paper: a PDF for any printer, or ESC/POS bytes for a thermal printer. */
public final class ReceiptPrinter {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private ReceiptPrinter() {
    }

    /** A PDF as wide as an 80 mm roll, as long as the receipt, its barcode under the lines. */
    public static void pdf(Paper paper, Path file) throws IOException {
        List<String> lines = paper.lines();
        float fontSize = 8.5f;
        float leading = fontSize * 1.35f;
        float margin = 4 * POINTS_PER_MM;
        float width = 80 * POINTS_PER_MM;
        float barHeight = 12 * POINTS_PER_MM;
        Barcode barcode = paper.barcode() == null ? null : Barcode.code128(paper.barcode());
        float height = margin * 2 + leading * (lines.size() + 1) + (barcode == null ? 0 : barHeight + leading);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDFont sans = PdfFonts.sans(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = height - margin - leading;
                for (String line : lines) {
                    line(content, mono, sans, fontSize, margin, y, line);
                    y -= leading;
                }
                if (barcode != null) {
                    // A module of 0.33 mm (about 1 point) is what a handheld scanner reads well off thermal paper.
                    float module = Math.min(1f, (width - 2 * margin) / barcode.modules());
                    float left = (width - module * barcode.modules()) / 2;
                    for (Barcode.Bar bar : barcode.bars()) {
                        content.addRect(left + bar.start() * module, margin, bar.width() * module, barHeight);
                    }
                    content.fill();
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            document.save(file.toFile());
        }
    }

    /**
     * One line in Courier, a cell per character so the columns stay in line; a character Courier
     * has no glyph for (beyond Latin-1: "Ł", "Ж", "λ") is written in Liberation Sans in its cell,
     * narrowed when wider than the cell.
     */
    private static void line(PDPageContentStream content, PDType1Font mono, PDFont sans, float size, float x, float y, String line)
            throws IOException {
        float cell = mono.getStringWidth(" ") / 1000 * size;
        StringBuilder run = new StringBuilder();
        int at = 0;
        int runStart = 0;
        for (int c : plainSigns(line).codePoints().toArray()) {
            String one = new String(Character.toChars(c));
            if (c < 256 && PdfFonts.writes(mono, one)) {
                if (run.isEmpty()) {
                    runStart = at;
                }
                run.append(one);
            } else {
                show(content, mono, size, x + runStart * cell, y, run.toString(), 100);
                run.setLength(0);
                String glyph = PdfFonts.printable(sans, one);
                float width = sans.getStringWidth(glyph) / 1000 * size;
                show(content, sans, size, x + at * cell, y, glyph, width > cell ? 100 * cell / width : 100);
            }
            at++;
        }
        show(content, mono, size, x + runStart * cell, y, run.toString(), 100);
    }

    private static void show(PDPageContentStream content, PDFont font, float size, float x, float y, String text, float scaling)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.setHorizontalScaling(scaling);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** ESC/POS: the receipt, its barcode, a feed and a cut, for a thermal printer (a device such as /dev/usb/lp0, or a file). */
    public static void escPos(Paper paper, OutputStream printer) throws IOException {
        EscPos escpos = new EscPos(printer);
        Style bold = new Style().setBold(true);
        boolean first = true;
        for (String line : paper.lines()) {
            escpos.writeLF(first ? bold : new Style(), ascii(line));
            first = false;
        }
        if (paper.barcode() != null) {
            // The printer draws the bars itself; "{B" selects Code 128's set B, as ESC/POS asks.
            BarCode barcode = new BarCode();
            barcode.setSystem(BarCode.BarCodeSystem.CODE128);
            barcode.setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode);
            barcode.setBarCodeSize(2, 80);
            barcode.setJustification(EscPosConst.Justification.Center);
            escpos.feed(1).write(barcode, "{B" + ascii(paper.barcode()));
        }
        escpos.feed(4).cut(EscPos.CutMode.FULL);
        escpos.close();
    }

    /** The typographic signs of a receipt's text as the plain ones a printer's font has. */
    private static String plainSigns(String text) {
        return text.replace('−', '-').replace('×', 'x').replace('…', '.').replace('★', '*');
    }

    /** A thermal printer's font speaks Latin-1 at most: other characters are written as their nearest plain letter. */
    static String latin1(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : plainSigns(text).toCharArray()) {
            out.append(c < 256 ? c : stripAccent(c));
        }
        return out.toString();
    }

    private static String ascii(String text) {
        String plain = Normalizer.normalize(latin1(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.chars().mapToObj(c -> c < 128 ? String.valueOf((char) c) : "?").reduce("", String::concat);
    }

    private static String stripAccent(char c) {
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.isEmpty() || plain.charAt(0) > 255 ? "?" : plain.substring(0, 1);
    }
}
