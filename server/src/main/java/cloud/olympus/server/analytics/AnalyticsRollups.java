package cloud.olympus.server.analytics;

import cloud.olympus.server.commerce.HourSales;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.SalesByHour;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly takings of the tenant in context, kept as commerce's events arrive and equal to what
 * {@link SalesByHour} counts from the orders: an order belongs to the hour it happened in (rung on
 * the till, or placed) on the business's clock, and a refund to its order's hour. Each event counts
 * once, in the same transaction as its mark in {@code analytics.applied_events}.
 */
@Service
public class AnalyticsRollups {

    /** Orders from before this, or rung after the far bound, do not exist. */
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9000-01-01T00:00:00Z");

    private final JdbcClient jdbc;
    private final OrderManagement orders;
    private final SalesByHour sales;
    private final Tenants tenants;

    private final TransactionTemplate ownTransaction;

    AnalyticsRollups(JdbcClient jdbc, OrderManagement orders, SalesByHour sales, Tenants tenants,
                     PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.orders = orders;
        this.sales = sales;
        this.tenants = tenants;
    }

    /** Adds a completed order to its hour, unless already counted. */
    @Transactional
    public void completed(OrderCompleted event) {
        Order order = orders.find(event.orderId()).orElseThrow(() -> new IllegalArgumentException("no such order"));
        long items = order.lines().stream().mapToLong(OrderLine::quantity).sum();
        add("completed:" + event.orderId(), order, 1, event.total(), BigDecimal.ZERO, items);
    }

    /** Adds a refund to its order's hour, unless already counted. */
    @Transactional
    public void refunded(OrderRefunded event) {
        Order order = orders.find(event.orderId()).orElseThrow(() -> new IllegalArgumentException("no such order"));
        add("refunded:" + event.refundId(), order, 0, event.amount().negate(), event.amount(), 0);
    }

    /** The tenant in context's rolled-up hours, in order. */
    @Transactional(readOnly = true)
    public List<HourRollup> hours() {
        return jdbc.sql("""
                        SELECT hour_start, orders, revenue, refunds, items
                          FROM analytics.sales_by_hour ORDER BY hour_start
                        """)
                .query((rs, n) -> new HourRollup(rs.getTimestamp("hour_start").toInstant(), rs.getLong("orders"),
                        rs.getBigDecimal("revenue"), rs.getBigDecimal("refunds"), rs.getLong("items")))
                .list();
    }

    /**
     * Counts the tenant's hours again from its orders, replacing what the events built. Events already
     * counted stay marked, so delivering one of them again changes nothing.
     */
    public List<HourRollup> rebuild(UUID tenantId) {
        // The tenant is set before the transaction begins, so row-level security sees it.
        return TenantContext.callAs(tenantId, () -> ownTransaction.execute(status -> {
            ZoneId zone = tenants.settingsOf(tenantId).zone();
            jdbc.sql("DELETE FROM analytics.sales_by_hour WHERE tenant_id = :tenant").param("tenant", tenantId).update();
            for (HourSales hour : sales.between(BEGINNING, END, zone)) {
                jdbc.sql("""
                                INSERT INTO analytics.sales_by_hour (tenant_id, hour_start, orders, revenue, refunds, items)
                                VALUES (:tenant, :hour, :orders, :revenue, :refunds, :items)
                                """)
                        .param("tenant", tenantId).param("hour", Timestamp.from(startOf(hour.hour(), zone)))
                        .param("orders", hour.orders()).param("revenue", hour.revenue()).param("refunds", hour.refunds())
                        .param("items", hour.items())
                        .update();
            }
            return hours();
        }));
    }

    private void add(String key, Order order, int orderCount, BigDecimal revenue, BigDecimal refunds, long items) {
        UUID tenant = TenantContext.require();
        int marked = jdbc.sql("""
                        INSERT INTO analytics.applied_events (tenant_id, event_key) VALUES (:tenant, :key)
                        ON CONFLICT DO NOTHING
                        """)
                .param("tenant", tenant).param("key", key).update();
        if (marked == 0) {
            return;
        }
        ZoneId zone = tenants.settingsOf(tenant).zone();
        Instant happened = order.rung() != null ? order.rung().at() : order.createdAt();
        Instant hour = startOf(LocalDateTime.ofInstant(happened, zone).truncatedTo(ChronoUnit.HOURS), zone);
        jdbc.sql("""
                        INSERT INTO analytics.sales_by_hour AS h (tenant_id, hour_start, orders, revenue, refunds, items)
                        VALUES (:tenant, :hour, :orders, :revenue, :refunds, :items)
                        ON CONFLICT (tenant_id, hour_start) DO UPDATE
                           SET orders = h.orders + EXCLUDED.orders, revenue = h.revenue + EXCLUDED.revenue,
                               refunds = h.refunds + EXCLUDED.refunds, items = h.items + EXCLUDED.items
                        """)
                .param("tenant", tenant).param("hour", Timestamp.from(hour)).param("orders", orderCount)
                .param("revenue", revenue).param("refunds", refunds).param("items", items)
                .update();
    }

    /**
     * The instant an hour of the business's clock starts; in the hour a clock goes back, both passes
     * share the earlier one, as {@link SalesByHour} puts them in one hour.
     */
    private static Instant startOf(LocalDateTime hour, ZoneId zone) {
        return hour.atZone(zone).toInstant();
    }
}
