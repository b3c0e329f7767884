package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.StockAlert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock alerts of the tenant in context; at most one unresolved alert per item and kind. */
@Repository
public class AlertRepository {

    private static final String COLUMNS = """
            id, kind, severity, item_id, sku, name, available, min_stock, suggested_reorder, raised_at, acknowledged_at,
            acknowledged_by, resolved_at
            """;

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises an alert unless one of the kind is still unresolved for the item; answers the raised alert's id. */
    public Optional<UUID> raise(UUID tenantId, StockAlert.Kind kind, UUID itemId, String sku, String name, int available,
                                int minStock, Integer suggestedReorder) {
        return jdbc.sql("""
                        INSERT INTO inventory.alerts (tenant_id, kind, severity, item_id, sku, name, available, min_stock,
                                                      suggested_reorder)
                        VALUES (:tenant, :kind, :severity, :item, :sku, :name, :available, :min, :reorder)
                        ON CONFLICT (tenant_id, item_id, kind) WHERE resolved_at IS NULL DO NOTHING
                        RETURNING id
                        """)
                .param("tenant", tenantId).param("kind", kind.wireName()).param("severity", kind.severity().wireName())
                .param("item", itemId).param("sku", sku).param("name", name).param("available", available)
                .param("min", minStock).param("reorder", suggestedReorder)
                .query(UUID.class).optional();
    }

    /** Stock came back: the item's unresolved alerts of these kinds are over. */
    public void resolve(UUID itemId, List<StockAlert.Kind> kinds) {
        jdbc.sql("UPDATE inventory.alerts SET resolved_at = now() WHERE item_id = :item AND kind = ANY(:kinds) AND resolved_at IS NULL")
                .param("item", itemId).param("kinds", kinds.stream().map(StockAlert.Kind::wireName).toArray(String[]::new))
                .update();
    }

    /** Newest first: open (neither acknowledged nor resolved), acknowledged, or all. */
    public List<StockAlert> page(StockAlert.Status status, Instant before, UUID beforeId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM inventory.alerts
                        WHERE (:status = 'all'
                               OR :status = 'open' AND acknowledged_at IS NULL AND resolved_at IS NULL
                               OR :status = 'acknowledged' AND acknowledged_at IS NOT NULL)
                          AND (CAST(:before AS timestamptz) IS NULL OR (raised_at, id) < (:before, :beforeId))
                        ORDER BY raised_at DESC, id DESC
                        LIMIT :limit
                        """)
                .param("status", status.wireName()).param("before", before == null ? null : Timestamp.from(before))
                .param("beforeId", beforeId).param("limit", limit)
                .query(this::alert).list();
    }

    public Optional<StockAlert> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inventory.alerts WHERE id = :id").param("id", id).query(this::alert).optional();
    }

    /** Answers whether this acknowledged it, rather than someone before. */
    public boolean acknowledge(UUID id, UUID by) {
        return jdbc.sql("UPDATE inventory.alerts SET acknowledged_at = now(), acknowledged_by = :by WHERE id = :id AND acknowledged_at IS NULL")
                .param("id", id).param("by", by).update() == 1;
    }

    private StockAlert alert(ResultSet rs, int row) throws SQLException {
        return new StockAlert((UUID) rs.getObject("id"), StockAlert.Kind.fromWireName(rs.getString("kind")).orElseThrow(),
                (UUID) rs.getObject("item_id"), rs.getString("sku"), rs.getString("name"), rs.getInt("available"),
                rs.getInt("min_stock"), (Integer) rs.getObject("suggested_reorder"), rs.getTimestamp("raised_at").toInstant(),
                instant(rs.getTimestamp("acknowledged_at")), (UUID) rs.getObject("acknowledged_by"),
                instant(rs.getTimestamp("resolved_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
