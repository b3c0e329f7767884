package cloud.olympus.fx.theme;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The shades a tenant's accent colour needs on screen, and the text colour that stays readable
 * on it. Text on the accent is white or near-black, whichever has the higher WCAG contrast, so a
 * pale brand colour never gets white labels.
 *
 * @param emphasis the accent itself, for buttons and selection
 * @param muted    a lighter shade, for hover and focus rings
 * @param subtle   a faint tint, for selected rows and chips
 * @param onAccent text and icons drawn on {@code emphasis}
 */
public record AccentPalette(Color emphasis, Color muted, Color subtle, Color onAccent) {

    private static final Color DARK_TEXT = Color.web("#1F2328");

    /** The palette for a colour written {@code #RRGGBB}; throws for anything else. */
    public static AccentPalette of(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("accent colour must look like #RRGGBB: " + hex);
        }
        Color accent = Color.web(hex);
        Color onAccent = contrast(Color.WHITE, accent) >= contrast(DARK_TEXT, accent) ? Color.WHITE : DARK_TEXT;
        return new AccentPalette(accent, accent.interpolate(Color.WHITE, 0.45), accent.interpolate(Color.WHITE, 0.85), onAccent);
    }

    /** WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The palette as AtlantaFX looked-up colours, for a stylesheet's {@code .root}. */
    public String toCss() {
        return ".root {\n  " + declarations().replace("; ", ";\n  ") + "\n}\n";
    }

    /** The looked-up colours alone, for a node's own style: a preview of the accent on part of a scene. */
    public String declarations() {
        return "-color-accent-emphasis: " + hex(emphasis) + "; "
                + "-color-accent-fg: " + hex(emphasis) + "; "
                + "-color-accent-muted: " + hex(muted) + "; "
                + "-color-accent-subtle: " + hex(subtle) + "; "
                + "-color-fg-emphasis: " + hex(onAccent) + ";";
    }

    public static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
