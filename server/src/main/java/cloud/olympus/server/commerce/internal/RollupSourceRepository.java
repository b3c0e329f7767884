package cloud.olympus.server.commerce.internal;

import cloud.olympus.server.commerce.RollupSource.CustomerDay;
import cloud.olympus.server.commerce.RollupSource.PaymentHour;
import cloud.olympus.server.commerce.RollupSource.ProductHour;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant in context's orders summed for the report rollups, in set-based SQL. */
@Repository
public class RollupSourceRepository {

    /** The hour of an order {@code o} on the business's clock. */
    private static final String HOUR = "date_trunc('hour', COALESCE(o.rung_at, o.created_at) AT TIME ZONE :zone)";

    private final JdbcClient jdbc;

    RollupSourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProductHour> products(ZoneId zone) {
        return jdbc.sql("""
                        WITH sold AS (
                            SELECT %1$s AS hour, l.product_id, sum(l.quantity) AS quantity, sum(l.total) AS revenue
                              FROM commerce.orders o
                              JOIN commerce.order_lines l ON l.tenant_id = o.tenant_id AND l.order_id = o.id
                             WHERE o.status = 'completed'
                             GROUP BY 1, 2),
                        returned AS (
                            SELECT %1$s AS hour, l.product_id, sum((r.line ->> 'quantity')::int) AS quantity,
                                   sum((r.line ->> 'amount')::numeric) AS revenue
                              FROM commerce.refunds f
                              JOIN commerce.orders o ON o.tenant_id = f.tenant_id AND o.id = f.order_id
                             CROSS JOIN LATERAL jsonb_array_elements(f.lines) AS r(line)
                              JOIN commerce.order_lines l ON l.tenant_id = f.tenant_id AND l.id = (r.line ->> 'line_id')::uuid
                             GROUP BY 1, 2)
                        SELECT COALESCE(s.hour, r.hour) AS hour, COALESCE(s.product_id, r.product_id) AS product_id,
                               COALESCE(s.quantity, 0) - COALESCE(r.quantity, 0) AS quantity,
                               COALESCE(s.revenue, 0) - COALESCE(r.revenue, 0) AS revenue
                          FROM sold s FULL JOIN returned r ON r.hour = s.hour AND r.product_id = s.product_id
                        """.formatted(HOUR))
                .param("zone", zone.getId())
                .query((rs, n) -> new ProductHour(rs.getObject("hour", LocalDateTime.class), rs.getObject("product_id", UUID.class),
                        rs.getLong("quantity"), rs.getBigDecimal("revenue")))
                .list();
    }

    public List<PaymentHour> payments(ZoneId zone) {
        return jdbc.sql("""
                        WITH taken AS (
                            SELECT %1$s AS hour, p.method, sum(p.amount) AS amount, count(*) AS payments
                              FROM commerce.orders o
                              JOIN commerce.payments p ON p.tenant_id = o.tenant_id AND p.order_id = o.id
                             WHERE o.status = 'completed'
                             GROUP BY 1, 2),
                        returned AS (
                            SELECT %1$s AS hour, f.method, sum(f.amount) AS amount
                              FROM commerce.refunds f
                              JOIN commerce.orders o ON o.tenant_id = f.tenant_id AND o.id = f.order_id
                             GROUP BY 1, 2)
                        SELECT COALESCE(t.hour, r.hour) AS hour, COALESCE(t.method, r.method) AS method,
                               COALESCE(t.amount, 0) - COALESCE(r.amount, 0) AS amount, COALESCE(t.payments, 0) AS payments
                          FROM taken t FULL JOIN returned r ON r.hour = t.hour AND r.method = t.method
                        """.formatted(HOUR))
                .param("zone", zone.getId())
                .query((rs, n) -> new PaymentHour(rs.getObject("hour", LocalDateTime.class), rs.getString("method"),
                        rs.getBigDecimal("amount"), rs.getLong("payments")))
                .list();
    }

    public List<CustomerDay> customerDays(ZoneId zone) {
        return jdbc.sql("""
                        SELECT o.customer_id, CAST(%s AS date) AS day, count(*) AS orders, sum(o.total) AS spent
                          FROM commerce.orders o
                         WHERE o.status = 'completed' AND o.customer_id IS NOT NULL
                         GROUP BY 1, 2
                        """.formatted(HOUR))
                .param("zone", zone.getId())
                .query((rs, n) -> new CustomerDay(rs.getObject("customer_id", UUID.class), rs.getObject("day", LocalDate.class),
                        rs.getLong("orders"), rs.getBigDecimal("spent")))
                .list();
    }

    public List<UUID> completedOrders() {
        return jdbc.sql("SELECT id FROM commerce.orders WHERE status = 'completed'").query(UUID.class).list();
    }

    public List<UUID> refunds() {
        return jdbc.sql("SELECT id FROM commerce.refunds").query(UUID.class).list();
    }
}
