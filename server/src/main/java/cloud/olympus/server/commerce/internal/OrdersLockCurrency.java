package cloud.olympus.server.commerce.internal;

import cloud.olympus.server.platform.CurrencyLock;
import java.util.Currency;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Orders are amounts in the currency they were taken in: once there is one, the currency stays. */
@Component
class OrdersLockCurrency implements CurrencyLock {

    private final JdbcClient jdbc;

    OrdersLockCurrency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> objection(Currency currency) {
        boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM commerce.orders)").query(Boolean.class).single();
        return any ? Optional.of("the business has taken orders; their amounts are in its current currency") : Optional.empty();
    }
}
