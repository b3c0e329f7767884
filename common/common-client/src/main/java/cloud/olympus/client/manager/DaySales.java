package cloud.olympus.client.manager;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A business day's sales, one point of the trend: revenue net of refunds and the orders. */
public record DaySales(LocalDate day, BigDecimal revenue, long orders) {
}
