package cloud.olympus.server.commerce.internal;

import cloud.olympus.server.commerce.DemandHistory.CustomerVisits;
import cloud.olympus.server.commerce.DemandHistory.ItemDay;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completed orders of the tenant in context summed per business day, per item or per customer. */
@Repository
public class DemandRepository {

    private final JdbcClient jdbc;

    DemandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code itemId} null: every item. */
    public List<ItemDay> unitsPerDay(UUID itemId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT l.product_id, o.business_date, sum(l.quantity - l.refunded_quantity) AS units
                          FROM commerce.orders o
                          JOIN commerce.order_lines l ON l.tenant_id = o.tenant_id AND l.order_id = o.id
                         WHERE o.status = 'completed' AND o.business_date BETWEEN :from AND :to
                           AND (CAST(:item AS uuid) IS NULL OR l.product_id = CAST(:item AS uuid))
                         GROUP BY l.product_id, o.business_date
                         ORDER BY l.product_id, o.business_date
                        """)
                .param("from", from).param("to", to).param("item", itemId)
                .query((rs, n) -> new ItemDay(rs.getObject("product_id", UUID.class), rs.getObject("business_date", LocalDate.class),
                        rs.getLong("units")))
                .list();
    }

    public List<CustomerVisits> customerVisits(LocalDate since) {
        return jdbc.sql("""
                        SELECT customer_id, count(DISTINCT business_date) AS visits, min(business_date) AS first_visit,
                               max(business_date) AS last_visit, sum(total - refunded_total) AS spend
                          FROM commerce.orders
                         WHERE status = 'completed' AND customer_id IS NOT NULL AND business_date >= :since
                         GROUP BY customer_id
                         ORDER BY customer_id
                        """)
                .param("since", since)
                .query((rs, n) -> new CustomerVisits(rs.getObject("customer_id", UUID.class), rs.getInt("visits"),
                        rs.getObject("first_visit", LocalDate.class), rs.getObject("last_visit", LocalDate.class),
                        rs.getBigDecimal("spend")))
                .list();
    }
}
