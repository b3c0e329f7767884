package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A business day at one place, hour by hour: takings against the cost of the time worked.
 * {@code labourPercent} is labour cost as a percentage of revenue, absent when there was no revenue.
 */
public record LabourDay(LocalDate date, UUID locationId, String currency, String timezone, List<Hour> hours, Totals totals) {

    /** One hour, from {@code hour} on the business's clock. */
    public record Hour(OffsetDateTime hour, BigDecimal revenue, long orders, BigDecimal labourCost, int staffOnShift,
                       BigDecimal labourPercent) {
    }

    /** The day; {@code staffOnShift} counts each person who worked that day once. */
    public record Totals(BigDecimal revenue, long orders, BigDecimal labourCost, int staffOnShift, BigDecimal labourPercent) {
    }
}
