package cloud.olympus.desktop.cash;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The notes and coins offered for counting a drawer, in the currency's own decimals. */
class DenominationsTest {

    @Test
    void aCurrencyWithoutDecimalsAndWithoutItsOwnListGetsNoCoinsBelowOne() {
        assertThat(Denominations.of("KRW")).isNotEmpty().allSatisfy(v -> assertThat(v.stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        assertThat(Denominations.of("ISK")).contains(new BigDecimal("1")).doesNotContain(new BigDecimal("0.50"));
        assertThat(Denominations.of("AUD")).as("a currency with cents keeps them").contains(new BigDecimal("0.05"), new BigDecimal("0.01"));
    }
}
