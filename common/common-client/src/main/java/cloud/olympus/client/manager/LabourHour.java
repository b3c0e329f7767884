package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One hour of a business day's labour against its sales ({@code hours} of {@code GET /workforce/labour}):
 * the hour on the business's clock, what it sold, what the people clocked in cost and that as a share
 * of the sales (null without sales).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabourHour(OffsetDateTime hour, BigDecimal revenue, int orders, BigDecimal labourCost, int staffOnShift,
                         BigDecimal labourPercent) {
}
