package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the order path needs from the customer side, implemented there: whether a customer
 * exists, and taking loyalty points as a tender. Keeps commerce free of a dependency on the
 * module that listens to its events.
 */
public interface CustomerAccounts {

    boolean exists(UUID customerId);

    /**
     * Takes the points worth {@code amount} from the customer's balance for a payment, in the
     * caller's transaction; fails with a 409 problem when the balance is short.
     *
     * @return the points taken
     */
    long redeem(UUID customerId, UUID paymentId, BigDecimal amount);

    /**
     * Takes the points worth {@code amount}, or as many as the customer has when that is fewer (a
     * sale the till took offline, on a balance it last knew), in the caller's transaction.
     *
     * @return the points that were still missing, 0 when the balance covered it
     */
    long redeemWhatIsThere(UUID customerId, UUID paymentId, BigDecimal amount);
}
