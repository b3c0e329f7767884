package cloud.olympus.server.customer.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts the tenant in context's customers with a loyalty tier or points. */
@Repository
public class LoyaltyMembersRepository {

    private final JdbcClient jdbc;

    LoyaltyMembersRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM customer.profiles WHERE loyalty_tier IS NOT NULL OR loyalty_points > 0")
                .query(Long.class).single();
    }
}
