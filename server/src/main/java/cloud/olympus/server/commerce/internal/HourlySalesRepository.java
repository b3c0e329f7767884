package cloud.olympus.server.commerce.internal;

import cloud.olympus.server.commerce.HourSales;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders of the tenant in context summed per hour of the business's clock. */
@Repository
public class HourlySalesRepository {

    private final JdbcClient jdbc;

    HourlySalesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The business-date bounds only let the day index narrow the search: an order's business day is
     * never more than a day from the time it happened.
     */
    public List<HourSales> between(Instant from, Instant to, ZoneId zone) {
        return jdbc.sql("""
                        SELECT date_trunc('hour', COALESCE(rung_at, created_at) AT TIME ZONE :zone) AS hour,
                               count(*) FILTER (WHERE status = 'completed') AS orders,
                               coalesce(sum(total) FILTER (WHERE status = 'completed'), 0) AS sales,
                               coalesce(sum(refunded_total), 0) AS refunds,
                               coalesce(sum((SELECT sum(l.quantity) FROM commerce.order_lines l
                                              WHERE l.tenant_id = o.tenant_id AND l.order_id = o.id))
                                        FILTER (WHERE status = 'completed'), 0)
                               - coalesce(sum((SELECT sum(l.refunded_quantity) FROM commerce.order_lines l
                                                WHERE l.tenant_id = o.tenant_id AND l.order_id = o.id)), 0) AS items
                          FROM commerce.orders o
                         WHERE business_date BETWEEN CAST(:from AS timestamptz)::date - 2 AND CAST(:to AS timestamptz)::date + 2
                           AND COALESCE(rung_at, created_at) >= :from AND COALESCE(rung_at, created_at) < :to
                         GROUP BY 1
                         ORDER BY 1
                        """)
                .param("zone", zone.getId())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new HourSales(rs.getObject("hour", java.time.LocalDateTime.class), rs.getLong("orders"),
                        rs.getBigDecimal("sales"), rs.getBigDecimal("refunds"), rs.getLong("items")))
                .list();
    }
}
