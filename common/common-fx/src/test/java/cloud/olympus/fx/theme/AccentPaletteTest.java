package cloud.olympus.fx.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AccentPaletteTest {

    @ParameterizedTest
    @ValueSource(strings = {"#C0392B", "#2C3E50", "#8E44AD", "#16A085", "#F1C40F", "#FFFFFF", "#000000", "#7FDBFF"})
    void textOnTheAccentIsAlwaysTheMoreReadableOfWhiteAndDark(String hex) {
        AccentPalette palette = AccentPalette.of(hex);
        double chosen = AccentPalette.contrast(palette.onAccent(), palette.emphasis());
        double other = AccentPalette.contrast(palette.onAccent().equals(Color.WHITE) ? Color.web("#1F2328") : Color.WHITE,
                palette.emphasis());
        assertThat(chosen).isGreaterThanOrEqualTo(other);
        assertThat(chosen).isGreaterThan(3.0);
    }

    @Test
    void paleBrandsGetDarkTextAndDeepBrandsGetWhite() {
        assertThat(AccentPalette.of("#F1C40F").onAccent()).isNotEqualTo(Color.WHITE);
        assertThat(AccentPalette.of("#2C3E50").onAccent()).isEqualTo(Color.WHITE);
    }

    @Test
    void shadesLightenTowardsWhite() {
        AccentPalette palette = AccentPalette.of("#C0392B");
        assertThat(palette.muted().getBrightness()).isGreaterThan(palette.emphasis().getBrightness() - 0.001);
        assertThat(palette.subtle().getSaturation()).isLessThan(palette.muted().getSaturation());
        assertThat(palette.toCss()).contains("-color-accent-emphasis: #C0392B;");
    }

    @Test
    void contrastMatchesTheWcagExtremes() {
        assertThat(AccentPalette.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(AccentPalette.contrast(Color.RED, Color.RED)).isEqualTo(1.0);
    }

    @Test
    void refusesAnythingButHexColours() {
        for (String bad : new String[]{null, "red", "#FFF", "#GGGGGG", "C0392B"}) {
            assertThatThrownBy(() -> AccentPalette.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
