package cloud.olympus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets read it safely: RFC 4180 quoting, and no text taken for a formula. */
class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndTheirQuotesDoubled() {
        assertThat(Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void textAFormulaWouldBeStartsWithAnApostropheButNumbersStayNumbers() {
        assertThat(Csv.line(List.of("=SUM(A1:A9)", "+1", "-2", "@cmd", "\tx", "safe=1")))
                .isEqualTo("'=SUM(A1:A9),'+1,'-2,'@cmd,'\tx,safe=1\r\n");
        assertThat(Csv.line(Arrays.asList(new BigDecimal("-12.50"), -3, null, new BigDecimal("1E+3"))))
                .isEqualTo("-12.50,-3,,1000\r\n");
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    @Test
    void whatIsWrittenIsReadBackAndWhatIsNotCsvIsSaidWithItsRecord() {
        String written = Csv.line(List.of("sku", "name")) + Csv.line(List.of("A-1", "Focaccia, \"rosemary\"\nbarese")) + "\r\n";
        assertThat(Csv.parse("\uFEFF" + written)).containsExactly(List.of("sku", "name"),
                List.of("A-1", "Focaccia, \"rosemary\"\nbarese"), List.of(""));
        assertThat(Csv.parse("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(Csv.parse("")).isEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(Csv.Unreadable.class, () -> Csv.parse("a\nb,12\" pizza")))
                .satisfies(e -> {
                    assertThat(e.record()).isEqualTo(2);
                    assertThat(e.problem()).isEqualTo("has a quote inside an unquoted field");
                    assertThat(e).hasMessage("CSV record 2 has a quote inside an unquoted field");
                });
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(Csv.Unreadable.class, () -> Csv.parse("\"x\"y")).problem())
                .isEqualTo("has text after a closing quote");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(Csv.Unreadable.class, () -> Csv.parse("a\n\"x,y\nz")))
                .satisfies(e -> assertThat(e).hasMessage("CSV record 2 opens a quote that is never closed"));
    }
}
