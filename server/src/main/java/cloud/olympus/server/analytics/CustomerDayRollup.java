package cloud.olympus.server.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A known customer's completed orders on one day of the business's clock, and what they came to. */
public record CustomerDayRollup(UUID customerId, LocalDate day, long orders, BigDecimal spent) {
}
