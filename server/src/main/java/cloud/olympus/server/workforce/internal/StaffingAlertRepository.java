package cloud.olympus.server.workforce.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staffing alerts of the tenant in context: one per place, hour and kind (the table's unique key). */
@Repository
public class StaffingAlertRepository {

    private static final String COLUMNS = """
            id, kind, severity, location_id, hour_start, orders, staff_on_shift, threshold, raised_at, acknowledged_at,
            acknowledged_by, resolved_at
            """;

    private final JdbcClient jdbc;

    StaffingAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert as stored; {@code kind} and {@code severity} by their wire names. */
    public record Row(UUID id, String kind, String severity, UUID locationId, Instant hourStart, BigDecimal orders,
                      int staffOnShift, BigDecimal threshold, Instant raisedAt, Instant acknowledgedAt, UUID acknowledgedBy,
                      Instant resolvedAt) {
    }

    /** Newest first; {@code status} is open, acknowledged or all. */
    public List<Row> page(String status, Instant before, UUID beforeId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM workforce.staffing_alerts
                        WHERE (:status = 'all'
                               OR :status = 'open' AND acknowledged_at IS NULL AND resolved_at IS NULL
                               OR :status = 'acknowledged' AND acknowledged_at IS NOT NULL)
                          AND (CAST(:before AS timestamptz) IS NULL OR (raised_at, id) < (:before, :beforeId))
                        ORDER BY raised_at DESC, id DESC
                        LIMIT :limit
                        """)
                .param("status", status).param("before", before == null ? null : Timestamp.from(before))
                .param("beforeId", beforeId).param("limit", limit)
                .query(this::row).list();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workforce.staffing_alerts WHERE id = :id")
                .param("id", id).query(this::row).optional();
    }

    /** The alerts of a kind at a place for hours in {@code from} up to {@code to}. */
    public List<Row> within(UUID location, String kind, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM workforce.staffing_alerts
                        WHERE location_id = :location AND kind = :kind AND hour_start >= :from AND hour_start < :to
                        """)
                .param("location", location).param("kind", kind).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(this::row).list();
    }

    /**
     * Raises the alert unless that place, hour and kind has one already (another run may have raised it
     * a moment ago); answers the new alert's id.
     */
    public Optional<UUID> raise(String kind, String severity, UUID location, Instant hour, BigDecimal orders, int staff,
                                BigDecimal threshold) {
        return jdbc.sql("""
                        INSERT INTO workforce.staffing_alerts (tenant_id, kind, severity, location_id, hour_start, orders,
                                                               staff_on_shift, threshold)
                        VALUES (platform.current_tenant_id(), :kind, :severity, :location, :hour, :orders, :staff, :threshold)
                        ON CONFLICT (tenant_id, location_id, hour_start, kind) DO NOTHING
                        RETURNING id
                        """)
                .param("kind", kind).param("severity", severity).param("location", location)
                .param("hour", Timestamp.from(hour)).param("orders", orders).param("staff", staff).param("threshold", threshold)
                .query((rs, n) -> (UUID) rs.getObject(1)).optional();
    }

    /** New figures for an alert that stands; an alert that was over stands again (answers whether it was over). */
    public boolean refresh(UUID id, String severity, BigDecimal orders, int staff, BigDecimal threshold) {
        return jdbc.sql("""
                        UPDATE workforce.staffing_alerts a
                           SET severity = :severity, orders = :orders, staff_on_shift = :staff, threshold = :threshold,
                               resolved_at = NULL
                          FROM (SELECT id, resolved_at FROM workforce.staffing_alerts WHERE id = :id FOR UPDATE) before
                         WHERE a.id = before.id
                         RETURNING before.resolved_at IS NOT NULL
                        """)
                .param("id", id).param("severity", severity).param("orders", orders).param("staff", staff)
                .param("threshold", threshold)
                .query((rs, n) -> rs.getBoolean(1)).optional().orElse(false);
    }

    /** The hour is no longer short. */
    public void resolve(UUID id, Instant at) {
        jdbc.sql("UPDATE workforce.staffing_alerts SET resolved_at = :at WHERE id = :id AND resolved_at IS NULL")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Answers whether this acknowledged it, rather than someone before. */
    public boolean acknowledge(UUID id, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE workforce.staffing_alerts SET acknowledged_at = :at, acknowledged_by = :by
                         WHERE id = :id AND acknowledged_at IS NULL
                        """)
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row((UUID) rs.getObject("id"), rs.getString("kind"), rs.getString("severity"),
                (UUID) rs.getObject("location_id"), rs.getTimestamp("hour_start").toInstant(), rs.getBigDecimal("orders"),
                rs.getInt("staff_on_shift"), rs.getBigDecimal("threshold"), rs.getTimestamp("raised_at").toInstant(),
                instant(rs.getTimestamp("acknowledged_at")), (UUID) rs.getObject("acknowledged_by"),
                instant(rs.getTimestamp("resolved_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
