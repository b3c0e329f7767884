package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One hour's takings, as {@link SalesByHour} counts them. {@code hour} is its start on the business's
 * clock; the revenue is the sales net of refunds.
 */
public record HourSales(LocalDateTime hour, long orders, BigDecimal sales, BigDecimal refunds) {

    public BigDecimal revenue() {
        return sales.subtract(refunds);
    }
}
