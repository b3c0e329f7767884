package cloud.olympus.fx.input;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a person types as an amount: read when it is one, and a sentence saying what is wrong when it is not. */
class AmountInputTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void readsAPointOrACommaAtTheCurrencysDecimals() {
        assertThat(AmountInput.parse(" 12.5 ", 2, Amounts.Sign.POSITIVE).amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(AmountInput.parse("12,50", 2, Amounts.Sign.POSITIVE).amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(AmountInput.parse("0", 2, Amounts.Sign.NOT_NEGATIVE).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(AmountInput.parse("1500", 0, Amounts.Sign.POSITIVE).amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(AmountInput.parse("1000000000", 2, Amounts.Sign.POSITIVE).isValid()).as("the most anyone may enter").isTrue();
    }

    @Test
    void refusesWhatIsNotAnAmountSayingWhy() {
        assertThat(problem("", Amounts.Sign.POSITIVE)).isEqualTo("Enter an amount.");
        assertThat(problem("   ", Amounts.Sign.POSITIVE)).isEqualTo("Enter an amount.");
        assertThat(problem(null, Amounts.Sign.POSITIVE)).isEqualTo("Enter an amount.");
        assertThat(problem("\u0000", Amounts.Sign.POSITIVE)).isEqualTo("Type an amount such as 12.50.");
        assertThat(problem("12\u00005", Amounts.Sign.POSITIVE)).isEqualTo("Type an amount such as 12.50.");
        assertThat(problem("1e1000000", Amounts.Sign.POSITIVE)).isEqualTo("Type an amount such as 12.50.");
        assertThat(problem("twelve", Amounts.Sign.POSITIVE)).isEqualTo("Type an amount such as 12.50.");
        assertThat(problem("1.2.3", Amounts.Sign.POSITIVE)).isEqualTo("Type an amount such as 12.50.");
        assertThat(problem("NaN", Amounts.Sign.POSITIVE)).isEqualTo("Type an amount such as 12.50.");
        assertThat(problem("-5", Amounts.Sign.NOT_NEGATIVE)).isEqualTo("An amount cannot be below zero.");
        assertThat(problem("-5", Amounts.Sign.POSITIVE)).isEqualTo("Enter an amount above zero.");
        assertThat(problem("0.00", Amounts.Sign.POSITIVE)).isEqualTo("Enter an amount above zero.");
        assertThat(problem("12.345", Amounts.Sign.POSITIVE)).isEqualTo("At most 2 decimals.");
        assertThat(AmountInput.parse("12.5", 0, Amounts.Sign.POSITIVE).problem())
                .isEqualTo(Phrase.of("input.amount.decimals", 0));
        assertThat(english.text(AmountInput.parse("12.5", 0, Amounts.Sign.POSITIVE).problem()))
                .isEqualTo("Whole amounts only, without decimals.");
        assertThat(problem("1000000000.01", Amounts.Sign.POSITIVE)).isEqualTo("That is more than can be entered: 1,000,000,000 at most.");
        assertThat(problem("9".repeat(60), Amounts.Sign.POSITIVE)).isEqualTo("That is more than can be entered: 1,000,000,000 at most.");
        assertThat(AmountInput.parse("1e1000000", 2, Amounts.Sign.POSITIVE).value()).isEmpty();
    }

    @Test
    void countsTheDecimalsAsTypedSoAThousandWithASeparatorIsNotTakenForOne() {
        assertThat(problem("1,000", Amounts.Sign.POSITIVE)).isEqualTo("At most 2 decimals.");
        assertThat(problem("1.000", Amounts.Sign.POSITIVE)).isEqualTo("At most 2 decimals.");
        assertThat(problem("12.500", Amounts.Sign.POSITIVE)).isEqualTo("At most 2 decimals.");
        assertThat(AmountInput.parse("10,000", 0, Amounts.Sign.POSITIVE).problem()).as("yen, without decimals")
                .isEqualTo(Phrase.of("input.amount.decimals", 0));
        assertThat(AmountInput.parse("1,000", 3, Amounts.Sign.POSITIVE).amount()).as("a currency with three decimals")
                .isEqualTo(new BigDecimal("1.000"));
        assertThat(AmountInput.parse("1,0000", 3, Amounts.Sign.POSITIVE).isValid()).isFalse();
        assertThat(AmountInput.parse("12.50", 2, Amounts.Sign.POSITIVE).amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(AmountInput.parse("10000", 0, Amounts.Sign.POSITIVE).amount()).isEqualTo(new BigDecimal("10000"));
    }

    private String problem(String typed, Amounts.Sign sign) {
        AmountInput.Outcome outcome = AmountInput.parse(typed, 2, sign);
        assertThat(outcome.isValid()).as(typed).isFalse();
        return english.text(outcome.problem());
    }
}
