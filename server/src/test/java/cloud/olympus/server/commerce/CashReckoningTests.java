package cloud.olympus.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a drawer should hold, worked out on sessions made up here. */
class CashReckoningTests {

    @Test
    void floatPlusCashTakenLessRefundsPlusPayInsLessPayOuts() {
        CashDrawer.Reckoning r = CashDrawer.Reckoning.of(amount("150.00"), amount("312.40"), amount("8.00"), amount("21.65"),
                amount("40.00"), amount("65.25"), amount("420.00"));
        assertThat(r.expected()).isEqualByComparingTo("423.50");
        assertThat(r.variance()).as("short").isEqualByComparingTo("-3.50");
    }

    @Test
    void anOpenDrawerHasNoCountAndNoVariance() {
        CashDrawer.Reckoning r = CashDrawer.Reckoning.of(amount("100.00"), amount("0.00"), amount("0.00"), amount("0.00"),
                amount("0.00"), amount("0.00"), null);
        assertThat(r.expected()).isEqualByComparingTo("100.00");
        assertThat(r.counted()).isNull();
        assertThat(r.variance()).isNull();
    }

    @Test
    void moreCountedThanExpectedIsOver() {
        CashDrawer.Reckoning r = CashDrawer.Reckoning.of(amount("0"), amount("10.83"), amount("0"), amount("0"), amount("0"),
                amount("20.00"), amount("0.00"));
        assertThat(r.expected()).as("paid out more than was taken").isEqualByComparingTo("-9.17");
        assertThat(r.variance()).isEqualByComparingTo("9.17");
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
