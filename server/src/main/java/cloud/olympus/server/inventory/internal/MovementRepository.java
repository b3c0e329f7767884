package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.StockMovement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock ledger of the tenant in context. Rows are only ever added. */
@Repository
public class MovementRepository {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;

    MovementRepository(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A row to add: {@code occurredAt} null means now. */
    public record Row(StockMovement.Kind kind, int quantityDelta, int reservedDelta, int stockAfter, UUID orderId, UUID refundId,
                      UUID actorId, String note, Instant occurredAt) {

        public static Row of(StockMovement.Kind kind, int quantityDelta, int reservedDelta, int stockAfter, UUID orderId,
                             UUID actorId, String note) {
            return new Row(kind, quantityDelta, reservedDelta, stockAfter, orderId, null, actorId, note, null);
        }
    }

    public void insert(UUID tenantId, UUID itemId, Row row) {
        jdbc.sql("""
                        INSERT INTO inventory.stock_movements (tenant_id, item_id, kind, quantity_delta, reserved_delta,
                            stock_after, order_id, refund_id, actor_id, note, occurred_at)
                        VALUES (:tenant, :item, :kind, :quantity, :reserved, :after, :order, :refund, :actor, :note,
                            coalesce(:occurred, now()))
                        """)
                .param("tenant", tenantId).param("item", itemId).param("kind", row.kind().wireName())
                .param("quantity", row.quantityDelta()).param("reserved", row.reservedDelta()).param("after", row.stockAfter())
                .param("order", row.orderId()).param("refund", row.refundId()).param("actor", row.actorId())
                .param("note", row.note()).param("occurred", row.occurredAt() == null ? null : Timestamp.from(row.occurredAt()))
                .update();
    }

    /** The latest count of an item that happened after {@code at}, if one did. */
    public Optional<Instant> countedAfter(UUID itemId, Instant at) {
        return jdbc.sql("""
                        SELECT max(occurred_at) FROM inventory.stock_movements
                         WHERE item_id = :item AND kind = 'count' AND occurred_at > :at
                        """)
                .param("item", itemId).param("at", Timestamp.from(at))
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Adds many ledger rows at once, with their own times; for importing history. */
    public void insertAll(UUID tenantId, UUID itemId, List<Past> rows) {
        batch.batchUpdate("""
                INSERT INTO inventory.stock_movements (tenant_id, item_id, kind, quantity_delta, reserved_delta, stock_after, note,
                    created_at, occurred_at)
                VALUES (:tenant, :item, :kind, :quantity, 0, :after, :note, :at, :at)
                """, rows.stream().map(r -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("tenant", tenantId).addValue("item", itemId).addValue("kind", r.kind().wireName())
                .addValue("quantity", r.quantityDelta()).addValue("after", r.stockAfter()).addValue("note", r.note())
                .addValue("at", Timestamp.from(r.at()))).toArray(org.springframework.jdbc.core.namedparam.MapSqlParameterSource[]::new));
    }

    /** A past ledger row to import. */
    public record Past(StockMovement.Kind kind, int quantityDelta, int stockAfter, String note, Instant at) {
    }

    /** What is still reserved for an order, per item (reservations less releases and sales). */
    public Map<UUID, Integer> outstandingReservations(UUID orderId) {
        Map<UUID, Integer> outstanding = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT item_id, sum(reserved_delta) AS reserved FROM inventory.stock_movements
                        WHERE order_id = :order GROUP BY item_id HAVING sum(reserved_delta) > 0
                        """)
                .param("order", orderId)
                .query((rs, n) -> outstanding.put((UUID) rs.getObject("item_id"), rs.getInt("reserved")))
                .list();
        return outstanding;
    }

    /** The newest movements of an item first, before {@code before} when paging. */
    public List<StockMovement> page(UUID itemId, Instant before, UUID beforeId, int limit) {
        return jdbc.sql("""
                        SELECT id, item_id, kind, quantity_delta, reserved_delta, stock_after, order_id, refund_id, actor_id, note,
                               occurred_at, created_at
                          FROM inventory.stock_movements
                         WHERE item_id = :item
                           AND (CAST(:before AS timestamptz) IS NULL OR (created_at, id) < (:before, :beforeId))
                         ORDER BY created_at DESC, id DESC
                         LIMIT :limit
                        """)
                .param("item", itemId).param("before", before == null ? null : Timestamp.from(before))
                .param("beforeId", beforeId).param("limit", limit)
                .query((rs, n) -> new StockMovement((UUID) rs.getObject("id"), (UUID) rs.getObject("item_id"),
                        StockMovement.Kind.fromWireName(rs.getString("kind")).orElseThrow(), rs.getInt("quantity_delta"),
                        rs.getInt("reserved_delta"), rs.getInt("stock_after"), (UUID) rs.getObject("order_id"),
                        (UUID) rs.getObject("refund_id"), (UUID) rs.getObject("actor_id"), rs.getString("note"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
