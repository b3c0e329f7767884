package cloud.olympus.fx.pin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PIN typed on the pad or the keyboard: digits only, four to six of them, shown as dots. */
class PinPadViewModelTest {

    private final PinPadViewModel pad = new PinPadViewModel();

    @Test
    void takesDigitsOnlyAndShowsThemAsDots() {
        assertThat(pad.type('2')).isTrue();
        assertThat(pad.type('a')).isFalse();
        assertThat(pad.type(' ')).isFalse();
        assertThat(pad.type('٣')).as("a digit of another script").isFalse();
        assertThat(pad.type('5')).isTrue();
        assertThat(pad.pin()).isEqualTo("25");
        assertThat(pad.dots().get()).isEqualTo("●●");
    }

    @Test
    void readyFromFourDigitsAndFullAtSix() {
        for (char c : "258".toCharArray()) {
            pad.type(c);
        }
        assertThat(pad.complete().get()).isFalse();
        pad.type('0');
        assertThat(pad.complete().get()).isTrue();
        assertThat(pad.type('1')).isTrue();
        assertThat(pad.type('9')).isTrue();
        assertThat(pad.type('7')).as("a seventh digit").isFalse();
        assertThat(pad.pin()).isEqualTo("258019");
        assertThat(pad.dots().get()).hasSize(PinPadViewModel.MAX);
    }

    @Test
    void eraseTakesTheLastDigitBackAndClearTakesThemAll() {
        pad.erase();
        assertThat(pad.pin()).isEmpty();
        for (char c : "2580".toCharArray()) {
            pad.type(c);
        }
        pad.erase();
        assertThat(pad.pin()).isEqualTo("258");
        assertThat(pad.complete().get()).isFalse();
        pad.clear();
        assertThat(pad.pin()).isEmpty();
        assertThat(pad.digitsProperty().get()).isEmpty();
        assertThat(pad.dots().get()).isEmpty();
    }
}
