package cloud.olympus.server.platform;

import java.util.Currency;
import java.util.Optional;

/**
 * Something a tenant has recorded in its currency that a change of currency would falsify: orders
 * taken, prices with more decimals than the new currency has. Modules that record money implement
 * it; a tenant may switch currency only while none of them objects.
 */
public interface CurrencyLock {

    /** Why the tenant in context may not switch to {@code currency}, if it may not. */
    Optional<String> objection(Currency currency);
}
