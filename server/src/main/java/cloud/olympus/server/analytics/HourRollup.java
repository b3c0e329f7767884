package cloud.olympus.server.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One hour's rolled-up takings: the completed orders, what they came to net of refunds, what has been
 * refunded of the hour's orders, and the units sold. {@code hourStart} is a whole hour of the
 * business's clock.
 */
public record HourRollup(Instant hourStart, long orders, BigDecimal revenue, BigDecimal refunds, long items) {
}
