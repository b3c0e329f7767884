package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One hour's takings, as {@link SalesByHour} counts them. {@code hour} is its start on the business's
 * clock; the revenue is the sales net of refunds; the items are the units on the hour's completed
 * orders less the units refunded of the hour's orders (a refund of an amount returns no units).
 */
public record HourSales(LocalDateTime hour, long orders, BigDecimal sales, BigDecimal refunds, long items) {

    public BigDecimal revenue() {
        return sales.subtract(refunds);
    }
}
