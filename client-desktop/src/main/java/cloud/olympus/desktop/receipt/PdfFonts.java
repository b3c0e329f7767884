package cloud.olympus.desktop.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the PDFs the desktop writes (receipts, reports). PDF's built-in fonts speak only
 * Latin-1, so names such as "Łukasz", "Ελένη" or "Дмитрий" need a font of their own: Liberation
 * Sans, which PDFBox carries, embedded with only the characters a document uses.
 */
public final class PdfFonts {

    private static final String SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfFonts() {
    }

    /** Liberation Sans for {@code document}, embedded as a subset of what is written with it. */
    public static PDType0Font sans(PDDocument document) throws IOException {
        try (InputStream in = PDType0Font.class.getResourceAsStream(SANS)) {
            if (in == null) {
                throw new IOException("The PDF font " + SANS + " is not there");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Whether {@code font} has a glyph for every character of {@code text}. */
    public static boolean writes(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The text as {@code font} can write it: typographic spaces and the minus sign made plain, and a
     * character the font has no glyph for written as its letter without accents, or a question mark.
     */
    public static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        String plainer = (text == null ? "" : text).replace('−', '-').replace('\u202f', ' ').replace('\u00a0', ' ');
        plainer.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            if (writes(font, one)) {
                out.append(one);
            } else {
                String bare = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(bare.isEmpty() || bare.equals(one) || !writes(font, bare) ? "?" : bare);
            }
        });
        return out.toString();
    }
}
