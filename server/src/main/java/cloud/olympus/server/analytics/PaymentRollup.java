package cloud.olympus.server.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/** One payment method in one hour: paid that way on completed orders less refunded that way, and the payments. */
public record PaymentRollup(Instant hourStart, String method, BigDecimal amount, long payments) {
}
