package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A business's workforce rules: worked hours beyond {@code overtimeDailyHours} in a day or beyond
 * {@code overtimeWeeklyHours} in a week are overtime; pay periods of {@code payPeriod} ({@code weekly},
 * {@code biweekly}, {@code monthly}) count from {@code payPeriodAnchor}, and a week for overtime starts
 * on the anchor's weekday; {@code ordersPerStaffHour} is how many orders an hour one person on shift takes.
 */
public record WorkforceSettings(BigDecimal overtimeDailyHours, BigDecimal overtimeWeeklyHours, String payPeriod,
                                LocalDate payPeriodAnchor, BigDecimal ordersPerStaffHour) {

    /** Overtime is paid at this multiple of the hourly rate. */
    public static final BigDecimal OVERTIME_MULTIPLIER = new BigDecimal("1.5");
}
