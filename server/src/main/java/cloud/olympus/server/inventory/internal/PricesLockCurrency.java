package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.platform.CurrencyLock;
import java.util.Currency;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A price with more decimals than the new currency has would be rounded on every sale: fix the prices first. */
@Component
class PricesLockCurrency implements CurrencyLock {

    private final JdbcClient jdbc;

    PricesLockCurrency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> objection(Currency currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        long items = jdbc.sql("""
                        SELECT count(*) FROM inventory.items i
                         WHERE i.unit_price <> round(i.unit_price, :scale)
                            OR i.unit_cost <> round(i.unit_cost, :scale)
                            OR EXISTS (SELECT 1 FROM jsonb_array_elements(i.modifier_groups) g,
                                                     jsonb_array_elements(g -> 'options') o
                                        WHERE (o ->> 'price_delta')::numeric <> round((o ->> 'price_delta')::numeric, :scale))
                        """)
                .param("scale", scale).query(Long.class).single();
        return items == 0 ? Optional.empty() : Optional.of(items + " items have prices with more decimals than "
                + currency.getCurrencyCode() + " has (" + scale + "); change those prices first");
    }
}
