package cloud.olympus.server.audit.internal;

import cloud.olympus.server.audit.AuditEntry;
import cloud.olympus.server.audit.AuditFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit entries table, in the caller's transaction, held by row-level security to its tenant.
 * It only inserts and selects: the application role is granted nothing else on the table.
 */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenant, AuditEntry entry) {
        jdbc.sql("""
                        INSERT INTO audit.entries (tenant_id, occurred_at, actor_id, device_id, action, subject_type, subject_id,
                                                   before, after, details)
                        VALUES (:tenant, :at, :actor, :device, :action, :subjectType, :subjectId,
                                CAST(:before AS jsonb), CAST(:after AS jsonb), CAST(:details AS jsonb))
                        """)
                .param("tenant", tenant).param("at", Timestamp.from(entry.occurredAt())).param("actor", entry.actorId())
                .param("device", entry.deviceId()).param("action", entry.action()).param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId()).param("before", entry.before()).param("after", entry.after())
                .param("details", entry.details())
                .update();
    }

    /** Entries that pass the filter, newest first, those older than (beforeAt, beforeId) when given. */
    public List<AuditEntry> page(AuditFilter filter, Instant beforeAt, UUID beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor_id, device_id, action, subject_type, subject_id,
                       before::text AS before, after::text AS after, details::text AS details
                  FROM audit.entries WHERE true
                """);
        var params = new java.util.LinkedHashMap<String, Object>();
        condition(sql, params, "action = :action", "action", filter.action());
        condition(sql, params, "actor_id = :actor", "actor", filter.actorId());
        condition(sql, params, "subject_type = :subjectType", "subjectType", filter.subjectType());
        condition(sql, params, "subject_id = :subjectId", "subjectId", filter.subjectId());
        condition(sql, params, "occurred_at >= :from", "from", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(sql, params, "occurred_at < :to", "to", filter.to() == null ? null : Timestamp.from(filter.to()));
        if (beforeAt != null) {
            sql.append(" AND (occurred_at, id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", Timestamp.from(beforeAt));
            params.put("beforeId", beforeId);
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditRepository::entry).list();
    }

    private static void condition(StringBuilder sql, java.util.Map<String, Object> params, String clause, String name,
                                  Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getObject("device_id", UUID.class), rs.getString("action"),
                rs.getString("subject_type"), rs.getObject("subject_id", UUID.class), rs.getString("before"),
                rs.getString("after"), rs.getString("details"));
    }
}
