package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks of the ledgers' promises, across every tenant, read as the owner. */
public final class Ledgers {

    private Ledgers() {
    }

    /** Every item's stock on hand and reserved equals the sums of its stock movements. */
    public static void assertStockMatchesLedger(DataSource owner) {
        List<String> drift = JdbcClient.create(owner).sql("""
                        SELECT i.sku FROM inventory.items i
                          LEFT JOIN (SELECT tenant_id, item_id, sum(quantity_delta) AS q, sum(reserved_delta) AS r
                                       FROM inventory.stock_movements GROUP BY tenant_id, item_id) m
                            ON m.tenant_id = i.tenant_id AND m.item_id = i.id
                         WHERE i.current_stock <> coalesce(m.q, 0) OR i.reserved_stock <> coalesce(m.r, 0)
                        """).query(String.class).list();
        assertThat(drift).as("items whose stock differs from their ledger").isEmpty();
    }

    /** Every customer's points equal the sum of their loyalty ledger. */
    public static void assertPointsMatchLedger(DataSource owner) {
        List<String> drift = JdbcClient.create(owner).sql("""
                        SELECT p.id::text || ' has ' || p.loyalty_points || ', ledger ' || coalesce(l.pts, 0)
                               || coalesce(' (' || (SELECT string_agg(kind || ' ' || points, ', ' ORDER BY created_at)
                                                     FROM customer.loyalty_ledger e WHERE e.customer_id = p.id) || ')', '')
                          FROM customer.profiles p
                          LEFT JOIN (SELECT tenant_id, customer_id, sum(points) AS pts FROM customer.loyalty_ledger GROUP BY 1, 2) l
                            ON l.tenant_id = p.tenant_id AND l.customer_id = p.id
                         WHERE p.loyalty_points <> coalesce(l.pts, 0)
                        """).query(String.class).list();
        assertThat(drift).as("customers whose points differ from their ledger").isEmpty();
    }
}
