package cloud.olympus.fx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money in the business's currency, written as the till's language writes it, whatever the computer's locale. */
class MoneyFormatTest {

    @Test
    void theCurrencyIsTheBusinessesAndTheWritingTheLanguages() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("pt", "BR"));
            BigDecimal amount = new BigDecimal("1234.5");
            assertThat(MoneyFormat.of(Messages.forLocale(Locale.ENGLISH), "USD").format(amount)).isEqualTo("$1,234.50");
            assertThat(MoneyFormat.of(Messages.forLocale(Locale.GERMAN), "EUR").format(amount)).isEqualTo("1.234,50\u00a0€");
            assertThat(MoneyFormat.of(Messages.forLocale(Locale.FRENCH), "EUR").format(amount)).isEqualTo("1\u202f234,50\u00a0€");
            assertThat(MoneyFormat.of(Messages.forLocale(Locale.forLanguageTag("es")), "EUR").format(amount))
                    .isEqualTo("1.234,50\u00a0€");
            assertThat(MoneyFormat.of(Messages.forLocale(Locale.ENGLISH), "JPY").format(new BigDecimal("1500")))
                    .as("a currency without decimals").isEqualTo("¥1,500");
            assertThat(MoneyFormat.of(Messages.forLocale(Locale.GERMAN), "USD").scale()).isEqualTo(2);
        } finally {
            Locale.setDefault(before);
        }
    }
}
