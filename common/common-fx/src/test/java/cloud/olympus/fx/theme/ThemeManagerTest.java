package cloud.olympus.fx.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The tenant's accent goes on a scene when the business is branded, and comes off again when its accent is cleared. */
class ThemeManagerTest {

    private static final String CLIENT_SHEET = "data:text/css,.till{}";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void brandingAddsTheAccentAndUnbrandingTakesItOffKeepingTheOtherSheets() throws Exception {
        ThemeManager theme = new ThemeManager();
        Scene scene = onFx(() -> {
            Scene made = new Scene(new Group());
            theme.style(made, List.of(CLIENT_SHEET));
            return made;
        });
        assertThat(scene.getStylesheets()).containsExactly(ThemeManager.STYLESHEET, CLIENT_SHEET);
        assertThat(theme.accent()).isNull();

        AccentPalette green = AccentPalette.of("#1E8449");
        onFx(() -> {
            theme.brand(green, scene);
            return null;
        });
        assertThat(scene.getStylesheets()).hasSize(3).startsWith(ThemeManager.STYLESHEET, CLIENT_SHEET);
        assertThat(accentCss(scene.getStylesheets().get(2))).isEqualTo(green.toCss());
        assertThat(theme.accent()).isEqualTo(green);

        onFx(() -> {
            theme.unbrand(scene);
            return null;
        });
        assertThat(scene.getStylesheets()).containsExactly(ThemeManager.STYLESHEET, CLIENT_SHEET);
        assertThat(theme.accent()).isNull();

        Scene later = onFx(() -> {
            Scene made = new Scene(new Group());
            theme.style(made);
            return made;
        });
        assertThat(later.getStylesheets()).as("a scene styled after the accent was cleared has none")
                .containsExactly(ThemeManager.STYLESHEET, CLIENT_SHEET);
    }

    @Test
    void aClearedOrMalformedAccentTakesTheEarlierOneOff() throws Exception {
        ThemeManager theme = new ThemeManager();
        Scene scene = onFx(() -> {
            Scene made = new Scene(new Group());
            theme.style(made, List.of(CLIENT_SHEET));
            return made;
        });
        assertThat(onFx(() -> theme.brand("#1E8449", scene))).isTrue();
        assertThat(scene.getStylesheets()).hasSize(3);

        assertThat(onFx(() -> theme.brand("not a colour", scene))).isFalse();
        assertThat(scene.getStylesheets()).containsExactly(ThemeManager.STYLESHEET, CLIENT_SHEET);
        assertThat(theme.accent()).isNull();

        onFx(() -> theme.brand("#1E8449", scene));
        assertThat(onFx(() -> theme.brand((String) null, scene))).isFalse();
        assertThat(scene.getStylesheets()).containsExactly(ThemeManager.STYLESHEET, CLIENT_SHEET);
    }

    @Test
    void aBrandNeedsAnAccent() {
        assertThatThrownBy(() -> new ThemeManager().brand((AccentPalette) null, null)).isInstanceOf(NullPointerException.class);
    }

    private static String accentCss(String dataUrl) {
        assertThat(dataUrl).startsWith("data:text/css;base64,");
        return new String(Base64.getDecoder().decode(dataUrl.substring("data:text/css;base64,".length())),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
