package cloud.olympus.fx.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * One place that styles every client: an AtlantaFX theme (light or dark) as the user agent
 * stylesheet, Olympus's own stylesheet, and the tenant's accent colour on top.
 */
public final class ThemeManager {

    public enum Mode { LIGHT, DARK }

    public static final String STYLESHEET = Objects.requireNonNull(
            ThemeManager.class.getResource("/cloud/olympus/fx/olympus.css")).toExternalForm();

    private Mode mode = Mode.LIGHT;
    private AccentPalette accent;
    private java.util.List<String> extra = java.util.List.of();

    public Mode mode() {
        return mode;
    }

    /** Sets light or dark for the whole application. */
    public void apply(Mode mode) {
        this.mode = mode;
        Application.setUserAgentStylesheet(mode == Mode.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds Olympus's stylesheet and, once a tenant's branding is known, its accent to a scene. */
    public void style(Scene scene, java.util.List<String> clientSheets) {
        this.extra = java.util.List.copyOf(clientSheets);
        style(scene);
    }

    public void style(Scene scene) {
        scene.getStylesheets().clear();
        scene.getStylesheets().add(STYLESHEET);
        scene.getStylesheets().addAll(extra);
        if (accent != null) {
            scene.getStylesheets().add(dataUrl(accent.toCss()));
        }
    }

    /** Puts the tenant's accent on the scene, and on every scene styled after it. */
    public void brand(AccentPalette accent, Scene scene) {
        this.accent = Objects.requireNonNull(accent, "accent");
        style(scene);
    }

    /**
     * Puts the accent the business chose ({@code #RRGGBB}) on the scene; with no accent, or one that is
     * not a colour, takes any earlier accent off so a cleared or another business's colour does not stay.
     * Returns whether the business's accent shows.
     */
    public boolean brand(String accentHex, Scene scene) {
        if (accentHex != null) {
            try {
                brand(AccentPalette.of(accentHex), scene);
                return true;
            } catch (IllegalArgumentException notAColour) {
                // falls through to the theme's own accent
            }
        }
        unbrand(scene);
        return false;
    }

    /** Takes the tenant's accent off the scene (and scenes styled after it): the theme's own accent shows again. */
    public void unbrand(Scene scene) {
        this.accent = null;
        style(scene);
    }

    /** The tenant's accent on the scenes, or null while the theme's own shows. */
    public AccentPalette accent() {
        return accent;
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
