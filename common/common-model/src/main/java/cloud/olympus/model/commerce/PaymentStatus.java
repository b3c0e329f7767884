package cloud.olympus.model.commerce;

import cloud.olympus.model.WireNames;
import java.math.BigDecimal;

/** How much of an order has been paid, and refunded. */
public enum PaymentStatus {
    UNPAID, PARTIALLY_PAID, PAID, PARTIALLY_REFUNDED, REFUNDED;

    /** The status that follows from the amounts: refunds first, then payments against the total. */
    public static PaymentStatus of(BigDecimal total, BigDecimal paid, BigDecimal refunded) {
        if (refunded.signum() > 0) {
            return refunded.compareTo(paid) >= 0 ? REFUNDED : PARTIALLY_REFUNDED;
        }
        if (paid.signum() <= 0) {
            return total.signum() == 0 ? PAID : UNPAID;
        }
        return paid.compareTo(total) >= 0 ? PAID : PARTIALLY_PAID;
    }

    public String wireName() {
        return WireNames.of(this);
    }
}
