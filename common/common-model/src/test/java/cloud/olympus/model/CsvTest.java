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
}
