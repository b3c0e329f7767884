package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A business day's labour against its sales, the totals of {@code GET /api/v1/workforce/labour}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Labour(LocalDate date, String currency, String timezone, Totals totals) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(BigDecimal revenue, int orders, BigDecimal labourCost, int staffOnShift, BigDecimal labourPercent) {
    }
}
