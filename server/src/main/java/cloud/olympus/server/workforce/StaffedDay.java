package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A business day's labour at one place without its takings, for reports that have the sales already:
 * each hour's cost of the time worked and people clocked in, and the day's cost (the sum of the
 * hours', as {@link LabourDay} has it).
 */
public record StaffedDay(List<Hour> hours, BigDecimal labourCost) {

    /** One hour, from {@code hour} on the business's clock. */
    public record Hour(OffsetDateTime hour, BigDecimal labourCost, int staffOnShift) {
    }
}
