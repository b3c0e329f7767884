package cloud.olympus.server.analytics;

import cloud.olympus.server.analytics.internal.DashboardCache;
import cloud.olympus.server.commerce.HourSales;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.commerce.Payment;
import cloud.olympus.server.commerce.Refund;
import cloud.olympus.server.commerce.RollupSource;
import cloud.olympus.server.commerce.SalesByHour;
import cloud.olympus.server.inventory.StockFigures;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups of the tenant in context, kept as commerce's events arrive and equal to what the orders
 * say when counted again: per hour (orders, revenue net of refunds, refunds, units net of refunded
 * units), per hour and item (units and line totals, each less what was refunded of them), per hour
 * and payment method (paid less refunded that way, and the payments), and the days each known
 * customer bought something (with each one's first and last such day and how many, which the
 * database keeps from the days). An order belongs to the hour it happened in (rung on the till, or
 * placed) on the business's clock, and a refund to its order's hour. A refund of an amount without lines
 * lowers the revenue but no item's figures.
 *
 * <p>Each event counts once, in the same transaction as its mark in {@code analytics.applied_events}.
 * Events take a shared lock on the tenant's rollups and a rebuild an exclusive one, so a rebuild
 * never interleaves with an event being counted; the rebuild reads in one repeatable-read picture,
 * and starts again when an event counted while it waited for the lock is missing from that picture.
 */
@Service
public class AnalyticsRollups {

    /** Orders from before this, or rung after the far bound, do not exist. */
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9000-01-01T00:00:00Z");
    /** The first key of the advisory locks on a tenant's rollups; the second is the tenant's hash. */
    private static final int LOCK_CLASS = 0x616e6c79;
    private static final int CHUNK = 20_000;
    private static final int REBUILD_ATTEMPTS = 5;

    /** How long one rebuild's statements may run: minutes, not the seconds a request gets. */
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final OrderManagement orders;
    private final SalesByHour sales;
    private final RollupSource source;
    private final StockFigures stock;
    private final Tenants tenants;
    private final DashboardCache dashboards;
    private final TransactionTemplate rebuildTransaction;
    private final Clock clock;

    AnalyticsRollups(JdbcClient jdbc, OrderManagement orders, SalesByHour sales, RollupSource source, StockFigures stock,
                     Tenants tenants, DashboardCache dashboards, PlatformTransactionManager transactions, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
        this.rebuildTransaction = new TransactionTemplate(transactions);
        this.rebuildTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.jdbc = jdbc;
        this.orders = orders;
        this.sales = sales;
        this.source = source;
        this.stock = stock;
        this.tenants = tenants;
    }

    /** Adds a completed order to its hour, items, payments and customer, unless already counted. */
    @Transactional
    public void completed(OrderCompleted event) {
        UUID tenant = TenantContext.require();
        lockShared(tenant);
        if (!mark(tenant, "completed:" + event.orderId())) {
            return;
        }
        Order order = orders.find(event.orderId()).orElseThrow(() -> new IllegalArgumentException("no such order"));
        ZoneId zone = tenants.settingsOf(tenant).zone();
        LocalDateTime local = localHour(order, zone);
        Instant hour = startOf(local, zone);
        long items = order.lines().stream().mapToLong(OrderLine::quantity).sum();
        addHour(tenant, hour, 1, event.total(), BigDecimal.ZERO, items);
        Map<UUID, UUID> categories = stock.categoriesOf(order.lines().stream().map(OrderLine::productId).toList());
        for (OrderLine line : order.lines()) {
            addProduct(tenant, hour, line.productId(), categories.get(line.productId()), line.quantity(), line.total());
        }
        for (Payment payment : order.payments()) {
            addPayment(tenant, hour, payment.method(), payment.amount(), 1);
        }
        if (order.customerId() != null) {
            jdbc.sql("""
                            INSERT INTO analytics.customer_days AS d (tenant_id, customer_id, day, orders, spent)
                            VALUES (:tenant, :customer, :day, 1, :spent)
                            ON CONFLICT (tenant_id, customer_id, day) DO UPDATE
                               SET orders = d.orders + 1, spent = d.spent + EXCLUDED.spent
                            """)
                    .param("tenant", tenant).param("customer", order.customerId()).param("day", local.toLocalDate())
                    .param("spent", order.total())
                    .update();
        }
    }

    /** Takes a refund off its order's hour, the refunded items and the method it was paid out by, unless already counted. */
    @Transactional
    public void refunded(OrderRefunded event) {
        UUID tenant = TenantContext.require();
        lockShared(tenant);
        if (!mark(tenant, "refunded:" + event.refundId())) {
            return;
        }
        Order order = orders.find(event.orderId()).orElseThrow(() -> new IllegalArgumentException("no such order"));
        Refund refund = order.refunds().stream().filter(r -> r.id().equals(event.refundId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such refund"));
        ZoneId zone = tenants.settingsOf(tenant).zone();
        Instant hour = startOf(localHour(order, zone), zone);
        Map<UUID, OrderLine> lines = order.lines().stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
        long units = 0;
        for (Refund.RefundedLine returned : refund.lines()) {
            OrderLine line = lines.get(returned.lineId());
            if (line != null) {
                units += returned.quantity();
                addProduct(tenant, hour, line.productId(), null, -returned.quantity(), returned.amount().negate());
            }
        }
        addHour(tenant, hour, 0, refund.amount().negate(), refund.amount(), -units);
        addPayment(tenant, hour, refund.method(), refund.amount().negate(), 0);
    }

    /** Forgets the days an erased customer bought on; the visits summary follows by itself. */
    @Transactional
    public void forgetCustomer(UUID customerId) {
        jdbc.sql("DELETE FROM analytics.customer_days WHERE customer_id = :customer").param("customer", customerId).update();
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

    /** Every rollup of the tenant in context, in key order. */
    @Transactional(readOnly = true)
    public RollupSnapshot snapshot() {
        List<ProductRollup> products = jdbc.sql("""
                        SELECT hour_start, item_id, category_id, quantity, revenue
                          FROM analytics.product_sales_by_hour ORDER BY hour_start, item_id
                        """)
                .query((rs, n) -> new ProductRollup(rs.getTimestamp("hour_start").toInstant(), rs.getObject("item_id", UUID.class),
                        rs.getObject("category_id", UUID.class), rs.getLong("quantity"), rs.getBigDecimal("revenue")))
                .list();
        List<PaymentRollup> payments = jdbc.sql("""
                        SELECT hour_start, method, amount, payments FROM analytics.payments_by_hour ORDER BY hour_start, method
                        """)
                .query((rs, n) -> new PaymentRollup(rs.getTimestamp("hour_start").toInstant(), rs.getString("method"),
                        rs.getBigDecimal("amount"), rs.getLong("payments")))
                .list();
        List<CustomerDayRollup> customers = jdbc.sql("""
                        SELECT customer_id, day, orders, spent FROM analytics.customer_days ORDER BY customer_id, day
                        """)
                .query((rs, n) -> new CustomerDayRollup(rs.getObject("customer_id", UUID.class),
                        rs.getObject("day", java.time.LocalDate.class), rs.getLong("orders"), rs.getBigDecimal("spent")))
                .list();
        List<CustomerSummaryRollup> summaries = jdbc.sql("""
                        SELECT customer_id, first_day, last_day, visits FROM analytics.customer_summary ORDER BY customer_id
                        """)
                .query((rs, n) -> new CustomerSummaryRollup(rs.getObject("customer_id", UUID.class),
                        rs.getObject("first_day", java.time.LocalDate.class), rs.getObject("last_day", java.time.LocalDate.class),
                        rs.getLong("visits")))
                .list();
        return new RollupSnapshot(hours(), products, payments, customers, summaries);
    }

    /** What the tenant in context's last rebuild counted; empty when its rollups were never rebuilt. */
    @Transactional(readOnly = true)
    public Optional<RollupState> state() {
        return jdbc.sql("""
                        SELECT tenant_id, rebuilt_at, orders_counted, refunds_counted, hours_counted FROM analytics.rollup_state
                        """)
                .query((rs, n) -> new RollupState(rs.getObject("tenant_id", UUID.class), rs.getTimestamp("rebuilt_at").toInstant(),
                        rs.getLong("orders_counted"), rs.getLong("refunds_counted"), rs.getLong("hours_counted")))
                .optional();
    }

    /**
     * Counts the tenant's rollups again from its orders, replacing what the events built, and marks
     * every completed order and refund it counted as applied, so an event for one of them arriving
     * later changes nothing, while one for an order it could not yet see still counts. Keeps what it
     * counted, and when, as the tenant's rollup state. Answers the hours.
     */
    public List<HourRollup> rebuild(UUID tenantId) {
        DataAccessException last = null;
        for (int attempt = 0; attempt < REBUILD_ATTEMPTS; attempt++) {
            try {
                // The tenant is set before the transaction begins, so row-level security sees it.
                List<HourRollup> hours = TenantContext.callAs(tenantId,
                        () -> rebuildTransaction.execute(status -> rebuildNow(tenantId)));
                dashboards.invalidate(tenantId);
                return hours;
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                // An event was counted after this picture was taken (while this waited for the lock): the rows it
                // wrote, which this rebuild writes too, are not in the picture. Again, with the lock at once.
                last = e;
            }
        }
        throw last;
    }

    private List<HourRollup> rebuildNow(UUID tenant) {
        // A rebuild reads a business's whole history: a year of a busy shop takes longer than the bound on a
        // request's statements, so this transaction alone gets the longer one.
        jdbc.sql("SET LOCAL statement_timeout = '" + REBUILD_TIMEOUT.toMillis() + "ms'").update();
        jdbc.sql("SELECT pg_advisory_xact_lock(:class, hashtext(CAST(:tenant AS text)))")
                .param("class", LOCK_CLASS).param("tenant", tenant).query().singleValue();
        ZoneId zone = tenants.settingsOf(tenant).zone();
        for (String table : List.of("sales_by_hour", "product_sales_by_hour", "payments_by_hour", "customer_days")) {
            jdbc.sql("DELETE FROM analytics." + table + " WHERE tenant_id = :tenant").param("tenant", tenant).update();
        }
        List<HourSales> hours = sales.between(BEGINNING, END, zone);
        insert("""
                INSERT INTO analytics.sales_by_hour (tenant_id, hour_start, orders, revenue, refunds, items)
                SELECT CAST(? AS uuid), h, o, r, f, i
                  FROM unnest(CAST(? AS timestamptz[]), CAST(? AS int[]), CAST(? AS numeric[]), CAST(? AS numeric[]),
                              CAST(? AS int[])) AS t(h, o, r, f, i)
                """, tenant, hours,
                h -> text(startOf(h.hour(), zone)), h -> Long.toString(h.orders()), h -> h.revenue().toPlainString(),
                h -> h.refunds().toPlainString(), h -> Long.toString(h.items()));
        List<RollupSource.ProductHour> products = source.products(zone);
        Map<UUID, UUID> categories = stock.categoriesOf(products.stream().map(RollupSource.ProductHour::productId)
                .collect(Collectors.toSet()));
        insert("""
                INSERT INTO analytics.product_sales_by_hour (tenant_id, hour_start, item_id, category_id, quantity, revenue)
                SELECT CAST(? AS uuid), h, p, CAST(NULLIF(c, '') AS uuid), q, r
                  FROM unnest(CAST(? AS timestamptz[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS int[]),
                              CAST(? AS numeric[])) AS t(h, p, c, q, r)
                """, tenant, products,
                p -> text(startOf(p.hour(), zone)), p -> p.productId().toString(),
                p -> categories.containsKey(p.productId()) ? categories.get(p.productId()).toString() : "",
                p -> Long.toString(p.quantity()), p -> p.revenue().toPlainString());
        insert("""
                INSERT INTO analytics.payments_by_hour (tenant_id, hour_start, method, amount, payments)
                SELECT CAST(? AS uuid), h, m, a, n
                  FROM unnest(CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS numeric[]), CAST(? AS int[])) AS t(h, m, a, n)
                """, tenant, source.payments(zone),
                p -> text(startOf(p.hour(), zone)), RollupSource.PaymentHour::method, p -> p.amount().toPlainString(),
                p -> Long.toString(p.payments()));
        insert("""
                INSERT INTO analytics.customer_days (tenant_id, customer_id, day, orders, spent)
                SELECT CAST(? AS uuid), c, d, o, s
                  FROM unnest(CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS int[]), CAST(? AS numeric[])) AS t(c, d, o, s)
                """, tenant, source.customerDays(zone),
                c -> c.customerId().toString(), c -> c.day().toString(), c -> Long.toString(c.orders()),
                c -> c.spent().toPlainString());
        RollupSource.Counted counted = source.counted();
        markAll(tenant, "completed:", counted.completedOrders());
        markAll(tenant, "refunded:", counted.refunds());
        jdbc.sql("""
                        INSERT INTO analytics.rollup_state (tenant_id, rebuilt_at, orders_counted, refunds_counted, hours_counted)
                        VALUES (:tenant, :at, :orders, :refunds, :hours)
                        ON CONFLICT (tenant_id) DO UPDATE
                           SET rebuilt_at = EXCLUDED.rebuilt_at, orders_counted = EXCLUDED.orders_counted,
                               refunds_counted = EXCLUDED.refunds_counted, hours_counted = EXCLUDED.hours_counted
                        """)
                .param("tenant", tenant).param("at", Timestamp.from(clock.instant()))
                .param("orders", counted.completedOrders().size()).param("refunds", counted.refunds().size())
                .param("hours", hours.size())
                .update();
        return hours();
    }

    @SafeVarargs
    private <T> void insert(String sql, UUID tenant, List<T> rows, Function<T, String>... columns) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Object[] params = new Object[columns.length + 1];
            params[0] = tenant.toString();
            for (int c = 0; c < columns.length; c++) {
                Function<T, String> column = columns[c];
                params[c + 1] = chunk.stream().map(column).toArray(String[]::new);
            }
            jdbc.sql(sql).params(params).update();
        }
    }

    private void markAll(UUID tenant, String prefix, List<UUID> ids) {
        insert("""
                INSERT INTO analytics.applied_events (tenant_id, event_key)
                SELECT CAST(? AS uuid), '%s' || id FROM unnest(CAST(? AS text[])) AS t(id)
                ON CONFLICT DO NOTHING
                """.formatted(prefix), tenant, ids, UUID::toString);
    }

    private void lockShared(UUID tenant) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:class, hashtext(CAST(:tenant AS text)))")
                .param("class", LOCK_CLASS).param("tenant", tenant).query().singleValue();
    }

    /** Marks an event applied; false when it already was. */
    private boolean mark(UUID tenant, String key) {
        return jdbc.sql("""
                        INSERT INTO analytics.applied_events (tenant_id, event_key) VALUES (:tenant, :key)
                        ON CONFLICT DO NOTHING
                        """)
                .param("tenant", tenant).param("key", key).update() > 0;
    }

    private void addHour(UUID tenant, Instant hour, int orderCount, BigDecimal revenue, BigDecimal refunds, long items) {
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

    private void addProduct(UUID tenant, Instant hour, UUID item, UUID category, long quantity, BigDecimal revenue) {
        jdbc.sql("""
                        INSERT INTO analytics.product_sales_by_hour AS p (tenant_id, hour_start, item_id, category_id, quantity, revenue)
                        VALUES (:tenant, :hour, :item, :category, :quantity, :revenue)
                        ON CONFLICT (tenant_id, hour_start, item_id) DO UPDATE
                           SET quantity = p.quantity + EXCLUDED.quantity, revenue = p.revenue + EXCLUDED.revenue,
                               category_id = COALESCE(p.category_id, EXCLUDED.category_id)
                        """)
                .param("tenant", tenant).param("hour", Timestamp.from(hour)).param("item", item).param("category", category)
                .param("quantity", quantity).param("revenue", revenue)
                .update();
    }

    private void addPayment(UUID tenant, Instant hour, String method, BigDecimal amount, int payments) {
        jdbc.sql("""
                        INSERT INTO analytics.payments_by_hour AS p (tenant_id, hour_start, method, amount, payments)
                        VALUES (:tenant, :hour, :method, :amount, :payments)
                        ON CONFLICT (tenant_id, hour_start, method) DO UPDATE
                           SET amount = p.amount + EXCLUDED.amount, payments = p.payments + EXCLUDED.payments
                        """)
                .param("tenant", tenant).param("hour", Timestamp.from(hour)).param("method", method).param("amount", amount)
                .param("payments", payments)
                .update();
    }

    private static LocalDateTime localHour(Order order, ZoneId zone) {
        Instant happened = order.rung() != null ? order.rung().at() : order.createdAt();
        return LocalDateTime.ofInstant(happened, zone).truncatedTo(ChronoUnit.HOURS);
    }

    private static String text(Instant instant) {
        return instant.toString();
    }

    /**
     * The instant an hour of the business's clock starts; in the hour a clock goes back, both passes
     * share the earlier one, as {@link SalesByHour} puts them in one hour.
     */
    static Instant startOf(LocalDateTime hour, ZoneId zone) {
        return hour.atZone(zone).toInstant();
    }
}
