package cloud.olympus.server.commerce.internal;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderFilter;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.Payment;
import cloud.olympus.server.commerce.Refund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Orders, their lines, payments and refunds, and the order number counters, of the tenant in context. */
@Repository
public class OrderRepository {

    private static final String COLUMNS = """
            id, order_number, status, source, customer_id, currency, subtotal, discount_total, tax, total, discounts,
            payment_status, paid_total, tip_total, refunded_total, notes, business_date, created_by, created_at, updated_at,
            completed_at, cancelled_at, terminal_id, rung_at, offline, discrepancies, needs_review, reviewed_by, reviewed_at,
            review_note
            """;
    private static final TypeReference<List<Discount>> DISCOUNTS = new TypeReference<>() {
    };
    private static final TypeReference<List<OrderLine.Modifier>> MODIFIERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Refund.RefundedLine>> REFUNDED = new TypeReference<>() {
    };
    private static final TypeReference<List<Order.Discrepancy>> DISCREPANCIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    OrderRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
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

    public void insert(UUID tenantId, Order order) {
        insertAll(tenantId, List.of(order));
    }

    /** Writes orders with their lines, payments and refunds in batches. */
    public void insertAll(UUID tenantId, List<Order> orders) {
        batch.batchUpdate("""
                INSERT INTO commerce.orders (tenant_id, id, order_number, customer_id, status, source, items, currency,
                    subtotal, discount_total, tax, total, discounts, payment_method, payment_status, paid_total, tip_total,
                    refunded_total, notes, business_date, created_by, created_at, updated_at, completed_at, cancelled_at,
                    terminal_id, rung_at, offline, discrepancies, needs_review)
                VALUES (:tenant, :id, :number, :customer, :status, :source, CAST(:items AS jsonb), :currency, :subtotal,
                    :discountTotal, :tax, :total, CAST(:discounts AS jsonb), :paymentMethod, :paymentStatus, :paid, :tips,
                    :refunded, :notes, :date, :createdBy, :createdAt, :updatedAt, :completedAt, :cancelledAt,
                    :terminal, :rungAt, :offline, CAST(:discrepancies AS jsonb), :needsReview)
                """, orders.stream().map(order -> new MapSqlParameterSource()
                .addValue("tenant", tenantId).addValue("id", order.id()).addValue("number", order.orderNumber())
                .addValue("customer", order.customerId()).addValue("status", order.status().wireName())
                .addValue("source", order.source().wireName()).addValue("items", json.writeValueAsString(order.lines()))
                .addValue("currency", order.currency()).addValue("subtotal", order.subtotal())
                .addValue("discountTotal", order.discountTotal()).addValue("tax", order.tax()).addValue("total", order.total())
                .addValue("discounts", json.writeValueAsString(order.discounts()))
                .addValue("paymentMethod", paymentMethod(order)).addValue("paymentStatus", order.paymentStatus().wireName())
                .addValue("paid", order.paidTotal()).addValue("tips", order.tipTotal()).addValue("refunded", order.refundedTotal())
                .addValue("notes", order.notes()).addValue("date", order.businessDate()).addValue("createdBy", order.createdBy())
                .addValue("createdAt", ts(order.createdAt())).addValue("updatedAt", ts(order.updatedAt()))
                .addValue("completedAt", ts(order.completedAt())).addValue("cancelledAt", ts(order.cancelledAt()))
                .addValue("terminal", order.rung() == null ? null : order.rung().terminalId())
                .addValue("rungAt", order.rung() == null ? null : ts(order.rung().at()))
                .addValue("offline", order.rung() != null && order.rung().offline())
                .addValue("discrepancies", json.writeValueAsString(order.review().discrepancies()))
                .addValue("needsReview", order.review().needed()))
                .toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO commerce.order_lines (tenant_id, id, order_id, line_no, product_id, sku, name, quantity, unit_price,
                    modifiers, notes, tax_class, gross, discount, tax, total, refunded_quantity)
                VALUES (:tenant, :id, :order, :lineNo, :product, :sku, :name, :quantity, :unitPrice, CAST(:modifiers AS jsonb),
                    :notes, :taxClass, :gross, :discount, :tax, :total, :refunded)
                """, orders.stream().flatMap(order -> order.lines().stream().map(line -> new MapSqlParameterSource()
                .addValue("tenant", tenantId).addValue("id", line.id()).addValue("order", order.id())
                .addValue("lineNo", line.lineNo()).addValue("product", line.productId()).addValue("sku", line.sku())
                .addValue("name", line.name()).addValue("quantity", line.quantity()).addValue("unitPrice", line.unitPrice())
                .addValue("modifiers", json.writeValueAsString(line.modifiers())).addValue("notes", line.notes())
                .addValue("taxClass", line.taxClass()).addValue("gross", line.subtotal()).addValue("discount", line.discount())
                .addValue("tax", line.tax()).addValue("total", line.total()).addValue("refunded", line.refundedQuantity())))
                .toArray(MapSqlParameterSource[]::new));
        List<Payment> payments = orders.stream().flatMap(o -> o.payments().stream()).toList();
        if (!payments.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO commerce.payments (tenant_id, id, order_id, method, amount, tip, tendered, change_due,
                        reference, created_by, created_at)
                    VALUES (:tenant, :id, :order, :method, :amount, :tip, :tendered, :change, :reference, :by, :at)
                    """, payments.stream().map(p -> new MapSqlParameterSource()
                    .addValue("tenant", tenantId).addValue("id", p.id()).addValue("order", p.orderId())
                    .addValue("method", p.method()).addValue("amount", p.amount()).addValue("tip", p.tip())
                    .addValue("tendered", p.tendered()).addValue("change", p.changeDue()).addValue("reference", p.reference())
                    .addValue("by", p.createdBy()).addValue("at", ts(p.createdAt())))
                    .toArray(MapSqlParameterSource[]::new));
        }
        orders.stream().flatMap(o -> o.refunds().stream()).forEach(r -> insertRefund(tenantId, r));
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

    private static String paymentMethod(Order order) {
        List<String> methods = order.payments().stream().map(Payment::method).distinct().toList();
        return methods.isEmpty() ? null : methods.size() == 1 ? methods.get(0) : "split";
    }

    public Optional<Order> find(UUID id, boolean forUpdate) {
        Optional<Order> order = jdbc.sql("SELECT " + COLUMNS + " FROM commerce.orders WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id).query(this::order).optional();
        return order.map(o -> withDetails(o, lines(o), payments(o), refunds(o)));
    }

    /**
     * Newest first, filtered; {@code before} is the created_at and id of the last order of the
     * previous page. From and to are when the sale happened: when the till rang it, for a till sale
     * that arrived later.
     */
    public List<Order> page(OrderFilter filter, Instant before, UUID beforeId, int limit) {
        List<Order> orders = jdbc.sql("SELECT " + COLUMNS + """
                         FROM commerce.orders
                        WHERE (CAST(:statuses AS text[]) IS NULL OR status = ANY(:statuses))
                          AND (CAST(:needsReview AS boolean) IS NULL OR needs_review = :needsReview)
                          AND (CAST(:number AS text) IS NULL OR order_number = :number
                               OR CAST(:lowId AS uuid) IS NOT NULL AND id BETWEEN :lowId AND :highId)
                          AND (CAST(:source AS text) IS NULL OR source = :source)
                          AND (CAST(:from AS timestamptz) IS NULL OR COALESCE(rung_at, created_at) >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR COALESCE(rung_at, created_at) < :to)
                          AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)
                          AND (CAST(:before AS timestamptz) IS NULL OR (created_at, id) < (:before, :beforeId))
                        ORDER BY created_at DESC, id DESC
                        LIMIT :limit
                        """)
                .param("statuses", filter.statuses().isEmpty() ? null
                        : filter.statuses().stream().map(OrderStatus::wireName).toArray(String[]::new))
                .param("needsReview", filter.needsReview())
                .param("number", filter.number())
                .param("lowId", filter.referenceRange().map(r -> r[0]).orElse(null))
                .param("highId", filter.referenceRange().map(r -> r[1]).orElse(null))
                .param("source", filter.source() == null ? null : filter.source().wireName())
                .param("from", ts(filter.from())).param("to", ts(filter.to())).param("customer", filter.customerId())
                .param("before", ts(before)).param("beforeId", beforeId).param("limit", limit)
                .query(this::order).list();
        if (orders.isEmpty()) {
            return orders;
        }
        UUID[] ids = orders.stream().map(Order::id).toArray(UUID[]::new);
        var lines = jdbc.sql(LINES + " WHERE order_id = ANY(:ids) ORDER BY order_id, line_no").param("ids", ids)
                .query(this::lineWithOrder).list();
        return orders.stream().map(o -> withDetails(o, lines.stream().filter(l -> l.orderId().equals(o.id()))
                .map(l -> scaled(l.line(), o.currency())).toList(), List.of(), List.of())).toList();
    }

    /** Clears an order's review with the reviewer's note. */
    public void markReviewed(UUID id, UUID reviewer, String note, Instant at) {
        jdbc.sql("""
                        UPDATE commerce.orders SET needs_review = false, reviewed_by = :by, reviewed_at = :at, review_note = :note,
                               updated_at = :at
                         WHERE id = :id
                        """)
                .param("id", id).param("by", reviewer).param("at", Timestamp.from(at)).param("note", note).update();
    }

    public void updateStatus(UUID id, OrderStatus status, Instant at) {
        jdbc.sql("""
                        UPDATE commerce.orders SET status = :status, updated_at = :at,
                            completed_at = CASE WHEN :status = 'completed' THEN :at ELSE completed_at END,
                            cancelled_at = CASE WHEN :status = 'cancelled' THEN :at ELSE cancelled_at END
                        WHERE id = :id
                        """)
                .param("id", id).param("status", status.wireName()).param("at", Timestamp.from(at)).update();
    }

    public void updateMoney(UUID id, BigDecimal paidTotal, BigDecimal tipTotal, BigDecimal refundedTotal,
                            PaymentStatus paymentStatus, String paymentMethod) {
        jdbc.sql("""
                        UPDATE commerce.orders SET paid_total = :paid, tip_total = :tip, refunded_total = :refunded,
                            payment_status = :status, payment_method = coalesce(:method, payment_method), updated_at = now()
                        WHERE id = :id
                        """)
                .param("id", id).param("paid", paidTotal).param("tip", tipTotal).param("refunded", refundedTotal)
                .param("status", paymentStatus.wireName()).param("method", paymentMethod).update();
    }

    public void insertPayment(UUID tenantId, Payment p) {
        jdbc.sql("""
                        INSERT INTO commerce.payments (tenant_id, id, order_id, method, amount, tip, tendered, change_due,
                            reference, created_by, created_at)
                        VALUES (:tenant, :id, :order, :method, :amount, :tip, :tendered, :change, :reference, :by, :at)
                        """)
                .param("tenant", tenantId).param("id", p.id()).param("order", p.orderId()).param("method", p.method())
                .param("amount", p.amount()).param("tip", p.tip()).param("tendered", p.tendered())
                .param("change", p.changeDue()).param("reference", p.reference()).param("by", p.createdBy())
                .param("at", Timestamp.from(p.createdAt()))
                .update();
    }

    public void insertRefund(UUID tenantId, Refund r) {
        jdbc.sql("""
                        INSERT INTO commerce.refunds (tenant_id, id, order_id, payment_id, amount, lines, reason, method,
                                                      method_reason, created_by, created_at)
                        VALUES (:tenant, :id, :order, :payment, :amount, CAST(:lines AS jsonb), :reason, :method,
                                :methodReason, :by, :at)
                        """)
                .param("tenant", tenantId).param("id", r.id()).param("order", r.orderId()).param("payment", r.paymentId())
                .param("amount", r.amount()).param("lines", json.writeValueAsString(r.lines())).param("reason", r.reason())
                .param("method", r.method()).param("methodReason", r.methodReason())
                .param("by", r.createdBy()).param("at", Timestamp.from(r.createdAt()))
                .update();
        for (Refund.RefundedLine line : r.lines()) {
            jdbc.sql("UPDATE commerce.order_lines SET refunded_quantity = refunded_quantity + :q WHERE id = :id")
                    .param("q", line.quantity()).param("id", line.lineId()).update();
        }
    }

    private static final String LINES = """
            SELECT order_id, id, line_no, product_id, sku, name, quantity, unit_price, modifiers, notes, tax_class, gross,
                   discount, tax, total, refunded_quantity
              FROM commerce.order_lines""";

    private List<OrderLine> lines(Order o) {
        return jdbc.sql(LINES + " WHERE order_id = :id ORDER BY line_no").param("id", o.id())
                .query(this::lineWithOrder).list().stream().map(l -> scaled(l.line(), o.currency())).toList();
    }

    private List<Payment> payments(Order o) {
        int scale = scaleOf(o.currency());
        return jdbc.sql("""
                        SELECT id, order_id, method, amount, tip, tendered, change_due, reference, created_by, created_at
                          FROM commerce.payments WHERE order_id = :id ORDER BY created_at, id
                        """)
                .param("id", o.id())
                .query((rs, n) -> new Payment((UUID) rs.getObject("id"), (UUID) rs.getObject("order_id"), rs.getString("method"),
                        scale(rs.getBigDecimal("amount"), scale), scale(rs.getBigDecimal("tip"), scale),
                        scale(rs.getBigDecimal("tendered"), scale), scale(rs.getBigDecimal("change_due"), scale),
                        rs.getString("reference"), (UUID) rs.getObject("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private List<Refund> refunds(Order o) {
        int scale = scaleOf(o.currency());
        return jdbc.sql("""
                        SELECT id, order_id, payment_id, amount, lines, reason, method, method_reason, created_by, created_at
                          FROM commerce.refunds WHERE order_id = :id ORDER BY created_at, id
                        """)
                .param("id", o.id())
                .query((rs, n) -> new Refund((UUID) rs.getObject("id"), (UUID) rs.getObject("order_id"),
                        (UUID) rs.getObject("payment_id"), scale(rs.getBigDecimal("amount"), scale),
                        json.readValue(rs.getString("lines"), REFUNDED), rs.getString("reason"), rs.getString("method"),
                        rs.getString("method_reason"), (UUID) rs.getObject("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private record LineOfOrder(UUID orderId, OrderLine line) {
    }

    private LineOfOrder lineWithOrder(ResultSet rs, int row) throws SQLException {
        return new LineOfOrder((UUID) rs.getObject("order_id"), new OrderLine((UUID) rs.getObject("id"), rs.getInt("line_no"),
                (UUID) rs.getObject("product_id"), rs.getString("sku"), rs.getString("name"), rs.getInt("quantity"),
                rs.getBigDecimal("unit_price"), json.readValue(rs.getString("modifiers"), MODIFIERS), rs.getString("notes"),
                rs.getString("tax_class"), rs.getBigDecimal("gross"), rs.getBigDecimal("discount"), rs.getBigDecimal("tax"),
                rs.getBigDecimal("total"), rs.getInt("refunded_quantity")));
    }

    private Order order(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        int scale = scaleOf(currency);
        return new Order((UUID) rs.getObject("id"), rs.getString("order_number"),
                OrderStatus.fromWireName(rs.getString("status")).orElseThrow(),
                OrderSource.fromWireName(rs.getString("source")).orElseThrow(), (UUID) rs.getObject("customer_id"), List.of(),
                currency, scale(rs.getBigDecimal("subtotal"), scale), scale(rs.getBigDecimal("discount_total"), scale),
                scale(rs.getBigDecimal("tax"), scale), scale(rs.getBigDecimal("total"), scale),
                json.readValue(rs.getString("discounts"), DISCOUNTS),
                cloud.olympus.model.WireNames.parse(PaymentStatus.class, rs.getString("payment_status")).orElseThrow(),
                scale(rs.getBigDecimal("paid_total"), scale), scale(rs.getBigDecimal("tip_total"), scale),
                scale(rs.getBigDecimal("refunded_total"), scale), rs.getString("notes"),
                rs.getObject("business_date", LocalDate.class), (UUID) rs.getObject("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("completed_at")), instant(rs.getTimestamp("cancelled_at")), List.of(), List.of(),
                rs.getTimestamp("rung_at") == null ? null : new Order.Rung((UUID) rs.getObject("terminal_id"),
                        rs.getTimestamp("rung_at").toInstant(), rs.getBoolean("offline")),
                new Order.Review(json.readValue(rs.getString("discrepancies"), DISCREPANCIES), rs.getBoolean("needs_review"),
                        (UUID) rs.getObject("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("review_note")));
    }

    private static Order withDetails(Order o, List<OrderLine> lines, List<Payment> payments, List<Refund> refunds) {
        return new Order(o.id(), o.orderNumber(), o.status(), o.source(), o.customerId(), lines, o.currency(), o.subtotal(),
                o.discountTotal(), o.tax(), o.total(), o.discounts(), o.paymentStatus(), o.paidTotal(), o.tipTotal(),
                o.refundedTotal(), o.notes(), o.businessDate(), o.createdBy(), o.createdAt(), o.updatedAt(), o.completedAt(),
                o.cancelledAt(), payments, refunds, o.rung(), o.review());
    }

    private static OrderLine scaled(OrderLine l, String currency) {
        int s = scaleOf(currency);
        return new OrderLine(l.id(), l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity(), scale(l.unitPrice(), s),
                l.modifiers(), l.notes(), l.taxClass(), scale(l.subtotal(), s), scale(l.discount(), s), scale(l.tax(), s),
                scale(l.total(), s), l.refundedQuantity());
    }

    static int scaleOf(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    private static BigDecimal scale(BigDecimal amount, int scale) {
        return amount == null ? null : amount.setScale(scale, RoundingMode.HALF_UP);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
