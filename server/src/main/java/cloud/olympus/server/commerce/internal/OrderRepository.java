package cloud.olympus.server.commerce.internal;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderFilter;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.Payment;
import cloud.olympus.server.commerce.Refund;
import cloud.olympus.server.commerce.SalesDay;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders of the tenant in context, and the order number counters. An order is loaded and inserted
 * whole by Spring Data JDBC; what changes afterwards (its status, its money, a payment, a refund, a
 * review) is stored by targeted statements here, because Spring Data JDBC would rewrite every child
 * row of the aggregate on each save. Lists with filters are SQL too.
 */
@Repository
public class OrderRepository {

    private static final String COLUMNS = """
            id, order_number, status, source, customer_id, currency, subtotal, discount_total, tax, total, discounts,
            payment_status, paid_total, tip_total, refunded_total, notes, business_date, created_by, created_at, updated_at,
            completed_at, cancelled_at, terminal_id, rung_at, offline, discrepancies, needs_review, reviewed_by, reviewed_at,
            review_note
            """;

    private final Orders orders;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    OrderRepository(Orders orders, JdbcAggregateTemplate aggregates, JdbcClient jdbc, NamedParameterJdbcTemplate batch,
                    JsonMapper json) {
        this.orders = orders;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** The next number of the business day; the row lock makes concurrent orders queue for it. */
    public int nextNumber(UUID tenantId, LocalDate businessDate) {
        return jdbc.sql("""
                        INSERT INTO commerce.order_counters (tenant_id, business_date, last_number) VALUES (:tenant, :date, 1)
                        ON CONFLICT (tenant_id, business_date) DO UPDATE SET last_number = order_counters.last_number + 1
                        RETURNING last_number
                        """)
                .param("tenant", tenantId).param("date", businessDate).query(Integer.class).single();
    }

    /** The order, whole; empty when there is none the tenant in context can see. */
    public Optional<Order> find(UUID id) {
        return Optional.ofNullable(aggregates.findById(id, Order.class));
    }

    /** The order, whole, locked until the transaction ends: changes to one order queue. */
    public Optional<Order> findForUpdate(UUID id) {
        return orders.findForUpdateById(id);
    }

    public boolean exists(UUID id) {
        return aggregates.existsById(id, Order.class);
    }

    /**
     * Writes a new order with its lines, payments and refunds: the row, then each kind of child in one
     * batch. An order already there with the id is a {@link DuplicateKeyException}.
     */
    public void insert(Order order) {
        insertAll(List.of(order));
    }

    /** Writes orders with their lines, payments and refunds in batches, for imports. */
    public void insertAll(List<Order> all) {
        try {
            aggregates.insertAll(all);
        } catch (DbActionExecutionException e) {
            throw e.getCause() instanceof DuplicateKeyException duplicate ? duplicate : e;
        }
    }

    /** Makes sure the day's counter has handed out at least {@code number}. */
    public void raiseCounter(UUID tenantId, LocalDate businessDate, int number) {
        jdbc.sql("""
                        INSERT INTO commerce.order_counters (tenant_id, business_date, last_number) VALUES (:tenant, :date, :n)
                        ON CONFLICT (tenant_id, business_date)
                        DO UPDATE SET last_number = greatest(order_counters.last_number, excluded.last_number)
                        """)
                .param("tenant", tenantId).param("date", businessDate).param("n", number).update();
    }

    /** One business day's completed orders and their takings, and what was refunded of that day's orders. */
    public SalesDay salesOn(LocalDate businessDate, String currency) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'completed') AS orders,
                               coalesce(sum(total) FILTER (WHERE status = 'completed'), 0) AS sales,
                               coalesce(sum(refunded_total), 0) AS refunds
                          FROM commerce.orders
                         WHERE business_date = :date
                        """)
                .param("date", businessDate)
                .query((rs, n) -> new SalesDay(businessDate, currency, rs.getLong("orders"), rs.getBigDecimal("sales"),
                        rs.getBigDecimal("refunds")))
                .single();
    }

    /**
     * Newest first, filtered; {@code before} is the created_at and id of the last order of the
     * previous page. From and to are when the sale happened: when the till rang it, for a till sale
     * that arrived later.
     */
    public List<Order> page(OrderFilter filter, Instant before, UUID beforeId, int limit) {
        PageQuery query = pageQuery(filter, before, beforeId, limit);
        List<Head> heads = jdbc.sql(query.sql()).params(query.params()).query(this::head).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        UUID[] ids = heads.stream().map(Head::id).toArray(UUID[]::new);
        Map<UUID, List<OrderLine>> lines = new HashMap<>();
        jdbc.sql(LINES + " WHERE order_id = ANY(:ids) ORDER BY order_id, line_no").param("ids", ids)
                .query((rs, n) -> lines.computeIfAbsent((UUID) rs.getObject("order_id"), k -> new ArrayList<>()).add(line(rs)))
                .list();
        return heads.stream().map(h -> h.with().apply(lines.getOrDefault(h.id(), List.of()))).toList();
    }

    /** A page's statement and its parameters. */
    record PageQuery(String sql, Map<String, Object> params) {
    }

    /**
     * The statement for a page: only the conditions the filter asks for, so that each list is read
     * along the index that suits it (newest first by {@code created_at, id}, from the cursor on)
     * however deep the page and however many orders the business has.
     */
    static PageQuery pageQuery(OrderFilter filter, Instant before, UUID beforeId, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (!filter.statuses().isEmpty()) {
            where.append(" AND status = ANY(:statuses)");
            params.put("statuses", filter.statuses().stream().map(OrderStatus::wireName).toArray(String[]::new));
        }
        if (filter.needsReview() != null) {
            where.append(filter.needsReview() ? " AND needs_review" : " AND NOT needs_review");
        }
        if (filter.number() != null) {
            Optional<UUID[]> reference = filter.referenceRange();
            where.append(reference.isPresent() ? " AND (order_number = :number OR id BETWEEN :lowId AND :highId)"
                    : " AND order_number = :number");
            params.put("number", filter.number());
            reference.ifPresent(range -> {
                params.put("lowId", range[0]);
                params.put("highId", range[1]);
            });
        }
        if (filter.source() != null) {
            where.append(" AND source = :source");
            params.put("source", filter.source().wireName());
        }
        if (filter.from() != null) {
            where.append(" AND COALESCE(rung_at, created_at) >= :from");
            params.put("from", ts(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND COALESCE(rung_at, created_at) < :to");
            params.put("to", ts(filter.to()));
        }
        if (filter.customerId() != null) {
            where.append(" AND customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        if (before != null) {
            where.append(" AND (created_at, id) < (:before, :beforeId)");
            params.put("before", ts(before));
            params.put("beforeId", beforeId);
        }
        params.put("limit", limit);
        return new PageQuery("SELECT " + COLUMNS + " FROM commerce.orders WHERE TRUE" + where
                + " ORDER BY created_at DESC, id DESC LIMIT :limit", params);
    }

    /** Stores where an order's life went: its status and the times of it. */
    public void saveStatus(Order order) {
        jdbc.sql("""
                        UPDATE commerce.orders SET status = :status, updated_at = :at, completed_at = :completedAt,
                               cancelled_at = :cancelledAt
                         WHERE id = :id
                        """)
                .param("id", order.id()).param("status", order.status().wireName()).param("at", ts(order.updatedAt()))
                .param("completedAt", ts(order.completedAt())).param("cancelledAt", ts(order.cancelledAt())).update();
    }

    /** Stores a manager's review of an order. */
    public void saveReview(Order order) {
        Order.Review review = order.review();
        jdbc.sql("""
                        UPDATE commerce.orders SET needs_review = :needed, reviewed_by = :by, reviewed_at = :at, review_note = :note,
                               updated_at = :updatedAt
                         WHERE id = :id
                        """)
                .param("id", order.id()).param("needed", review.needed()).param("by", review.reviewedBy())
                .param("at", ts(review.reviewedAt())).param("note", review.note()).param("updatedAt", ts(order.updatedAt()))
                .update();
    }

    /** Stores a payment the order took, and the order's money after it. */
    public void addPayment(Order order, Payment p) {
        jdbc.sql("""
                        INSERT INTO commerce.payments (id, order_id, method, amount, tip, tendered, change_due, reference,
                                                       created_by, created_at, terminal_id)
                        VALUES (:id, :order, :method, :amount, :tip, :tendered, :change, :reference, :by, :at, :terminal)
                        """)
                .param("id", p.id()).param("order", order.id()).param("method", p.method()).param("amount", p.amount())
                .param("tip", p.tip()).param("tendered", p.tendered()).param("change", p.changeDue())
                .param("reference", p.reference()).param("by", p.createdBy()).param("at", ts(p.createdAt()))
                .param("terminal", p.terminalId())
                .update();
        saveMoney(order);
    }

    /** Stores a refund the order gave, the units of its lines now refunded, and the order's money after it. */
    public void addRefund(Order order, Refund r, UUID terminalId) {
        jdbc.sql("""
                        INSERT INTO commerce.refunds (id, order_id, payment_id, amount, lines, reason, method, method_reason,
                                                      created_by, created_at, terminal_id)
                        VALUES (:id, :order, :payment, :amount, CAST(:lines AS jsonb), :reason, :method, :methodReason, :by, :at,
                                :terminal)
                        """)
                .param("id", r.id()).param("order", order.id()).param("payment", r.paymentId()).param("amount", r.amount())
                .param("lines", json.writeValueAsString(r.lines())).param("reason", r.reason()).param("method", r.method())
                .param("methodReason", r.methodReason()).param("by", r.createdBy()).param("at", ts(r.createdAt()))
                .param("terminal", terminalId)
                .update();
        if (!r.lines().isEmpty()) {
            batch.batchUpdate("UPDATE commerce.order_lines SET refunded_quantity = :refunded WHERE id = :id",
                    r.lines().stream().map(l -> new MapSqlParameterSource().addValue("id", l.lineId())
                            .addValue("refunded", order.line(l.lineId()).orElseThrow().refundedQuantity()))
                            .toArray(MapSqlParameterSource[]::new));
        }
        saveMoney(order);
    }

    private void saveMoney(Order order) {
        jdbc.sql("""
                        UPDATE commerce.orders SET paid_total = :paid, tip_total = :tip, refunded_total = :refunded,
                               payment_status = :status, updated_at = :at
                         WHERE id = :id
                        """)
                .param("id", order.id()).param("paid", order.paidTotal()).param("tip", order.tipTotal())
                .param("refunded", order.refundedTotal()).param("status", order.paymentStatus().wireName())
                .param("at", ts(order.updatedAt())).update();
    }

    private static final String LINES = """
            SELECT order_id, id, line_no, product_id, sku, name, quantity, unit_price, modifiers, notes, tax_class, gross,
                   discount, tax, total, refunded_quantity
              FROM commerce.order_lines""";

    /** An order's row, waiting for its lines. */
    private record Head(UUID id, Function<List<OrderLine>, Order> with) {
    }

    private OrderLine line(ResultSet rs) throws SQLException {
        return new OrderLine((UUID) rs.getObject("id"), rs.getInt("line_no"), (UUID) rs.getObject("product_id"), rs.getString("sku"),
                rs.getString("name"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                json.readValue(rs.getString("modifiers"), OrderLine.Modifiers.class).all(), rs.getString("notes"),
                rs.getString("tax_class"), rs.getBigDecimal("gross"), rs.getBigDecimal("discount"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("total"), rs.getInt("refunded_quantity"));
    }

    private Head head(ResultSet rs, int row) throws SQLException {
        UUID id = (UUID) rs.getObject("id");
        String number = rs.getString("order_number");
        OrderStatus status = OrderStatus.fromWireName(rs.getString("status")).orElseThrow();
        OrderSource source = OrderSource.fromWireName(rs.getString("source")).orElseThrow();
        UUID customer = (UUID) rs.getObject("customer_id");
        String currency = rs.getString("currency");
        BigDecimal subtotal = rs.getBigDecimal("subtotal");
        BigDecimal discountTotal = rs.getBigDecimal("discount_total");
        BigDecimal tax = rs.getBigDecimal("tax");
        BigDecimal total = rs.getBigDecimal("total");
        List<Discount> discounts = json.readValue(rs.getString("discounts"), Order.Discounts.class).all();
        PaymentStatus paymentStatus = WireNames.parse(PaymentStatus.class, rs.getString("payment_status")).orElseThrow();
        BigDecimal paid = rs.getBigDecimal("paid_total");
        BigDecimal tips = rs.getBigDecimal("tip_total");
        BigDecimal refunded = rs.getBigDecimal("refunded_total");
        String notes = rs.getString("notes");
        LocalDate businessDate = rs.getObject("business_date", LocalDate.class);
        UUID createdBy = (UUID) rs.getObject("created_by");
        Instant createdAt = instant(rs.getTimestamp("created_at"));
        Instant updatedAt = instant(rs.getTimestamp("updated_at"));
        Instant completedAt = instant(rs.getTimestamp("completed_at"));
        Instant cancelledAt = instant(rs.getTimestamp("cancelled_at"));
        Order.Rung rung = rs.getTimestamp("rung_at") == null ? null
                : new Order.Rung((UUID) rs.getObject("terminal_id"), instant(rs.getTimestamp("rung_at")), rs.getBoolean("offline"));
        Order.Review review = new Order.Review(json.readValue(rs.getString("discrepancies"), Order.Discrepancies.class).all(),
                rs.getBoolean("needs_review"), (UUID) rs.getObject("reviewed_by"), instant(rs.getTimestamp("reviewed_at")),
                rs.getString("review_note"));
        return new Head(id, lines -> new Order(id, number, status, source, customer, lines, currency, subtotal, discountTotal, tax,
                total, discounts, paymentStatus, paid, tips, refunded, notes, businessDate, createdBy, createdAt, updatedAt,
                completedAt, cancelledAt, List.of(), List.of(), rung, review));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
