package cloud.olympus.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairingCodeTest {

    @Test
    void aCodeIsReadAsAPersonTypesIt() {
        assertThat(PairingCode.normalise("BCDF-GHJK")).contains("BCDFGHJK");
        assertThat(PairingCode.normalise("bcdfghjk")).contains("BCDFGHJK");
        assertThat(PairingCode.normalise(" bcdf ghjk ")).contains("BCDFGHJK");
        assertThat(PairingCode.display("BCDFGHJK")).isEqualTo("BCDF-GHJK");
    }

    @Test
    void whatCannotBeACodeIsNot() {
        assertThat(PairingCode.normalise(null)).isEmpty();
        assertThat(PairingCode.normalise("")).isEmpty();
        assertThat(PairingCode.normalise("BCDF-GHJ")).isEmpty();
        assertThat(PairingCode.normalise("BCDF-GHJKL")).isEmpty();
        assertThat(PairingCode.normalise("ABCD-EFGH")).as("vowels").isEmpty();
        assertThat(PairingCode.normalise("BCD0-1HJK")).as("digits").isEmpty();
        assertThat(PairingCode.normalise("B".repeat(40))).isEmpty();
    }

    @Test
    void theAlphabetHasNoVowelsAndNothingThatReadsAsADigit() {
        assertThat(PairingCode.ALPHABET).hasSize(20).doesNotContain("A", "E", "I", "O", "U", "Y");
    }
}
