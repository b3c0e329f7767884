package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A business day's takings so far: the orders completed, what they came to, and what has been
 * refunded of that day's orders, in the business's currency.
 */
public record SalesDay(LocalDate businessDate, String currency, long orders, BigDecimal sales, BigDecimal refunds) {
}
