package cloud.olympus.server.approvals.internal;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.server.approvals.Approval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The requests for approval of the transaction's tenant. */
@Repository
public class ApprovalRepository {

    private static final String COLUMNS = """
            id, kind, status, summary, amount, order_id, details::text AS details, terminal_id, requested_by, requester_name,
            requested_at, expires_at, decided_by, decider_name, decided_at, reason, used_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApprovalRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID tenant, Approval a) {
        jdbc.sql("""
                        INSERT INTO approvals.requests (tenant_id, id, kind, status, summary, amount, order_id, details, terminal_id,
                               requested_by, requester_name, requested_at, expires_at)
                        VALUES (:tenant, :id, :kind, :status, :summary, :amount, :order, CAST(:details AS jsonb), :terminal,
                               :by, :name, :at, :expires)
                        """)
                .param("tenant", tenant).param("id", a.id()).param("kind", a.kind().wireName())
                .param("status", a.status().wireName()).param("summary", a.summary()).param("amount", a.amount())
                .param("order", a.orderId()).param("details", a.details() == null ? null : json.writeValueAsString(a.details()))
                .param("terminal", a.terminalId()).param("by", a.requestedBy().userId()).param("name", a.requestedBy().name())
                .param("at", Timestamp.from(a.requestedAt())).param("expires", Timestamp.from(a.expiresAt()))
                .update();
    }

    public Optional<Approval> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM approvals.requests WHERE id = :id")
                .param("id", id).query(this::approval).optional();
    }

    public Optional<Approval> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM approvals.requests WHERE id = :id FOR UPDATE")
                .param("id", id).query(this::approval).optional();
    }

    /**
     * One page of requests: those still waiting at {@code now} the ones expiring first first (after
     * {@code after}'s expiry and id), or the others newest first (before {@code after}'s time and id).
     * {@code statuses} empty: any status; {@code from} and {@code to} bound the time asked, {@code to}
     * excluded; any of them null: no bound.
     */
    public List<Approval> page(boolean pending, java.util.Set<ApprovalStatus> statuses, Instant now, Instant from, Instant to,
                               Instant afterAt, UUID afterId, int limit) {
        String sql = "SELECT " + COLUMNS + (pending ? """
                         FROM approvals.requests WHERE status = 'pending' AND expires_at > :now
                          AND (CAST(:from AS timestamptz) IS NULL OR requested_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR requested_at < :to)
                          AND (CAST(:at AS timestamptz) IS NULL OR (expires_at, id) > (CAST(:at AS timestamptz), CAST(:id AS uuid)))
                        ORDER BY expires_at, id LIMIT :limit
                        """ : """
                         FROM approvals.requests WHERE (CAST(:statuses AS varchar[]) IS NULL OR status = ANY(CAST(:statuses AS varchar[])))
                          AND (CAST(:from AS timestamptz) IS NULL OR requested_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR requested_at < :to)
                          AND (CAST(:at AS timestamptz) IS NULL OR (requested_at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid)))
                        ORDER BY requested_at DESC, id DESC LIMIT :limit
                        """);
        var query = jdbc.sql(sql).param("from", stamp(from)).param("to", stamp(to)).param("at", stamp(afterAt))
                .param("id", afterId).param("limit", limit);
        if (pending) {
            query = query.param("now", Timestamp.from(now));
        } else {
            query = query.param("statuses", statuses.isEmpty() ? null
                    : statuses.stream().map(ApprovalStatus::wireName).toArray(String[]::new));
        }
        return query.query(this::approval).list();
    }

    private static Timestamp stamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** Marks expired every pending request whose time is up; answers them as they are now. */
    public List<Approval> expireDue(Instant now) {
        List<UUID> ids = jdbc.sql("""
                        UPDATE approvals.requests SET status = 'expired'
                         WHERE status = 'pending' AND expires_at <= :now
                        RETURNING id
                        """)
                .param("now", Timestamp.from(now)).query(UUID.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    public void decide(UUID id, ApprovalStatus status, Approval.Person by, String reason, Instant at) {
        jdbc.sql("""
                        UPDATE approvals.requests
                           SET status = :status, decided_by = :by, decider_name = :name, reason = :reason, decided_at = :at
                         WHERE id = :id
                        """)
                .param("id", id).param("status", status.wireName()).param("by", by.userId()).param("name", by.name())
                .param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    public void markUsed(UUID id, String usedFor, Instant at) {
        jdbc.sql("UPDATE approvals.requests SET used_at = :at, used_for = :usedFor WHERE id = :id")
                .param("id", id).param("usedFor", usedFor).param("at", Timestamp.from(at)).update();
    }

    /** Every tenant with a pending request past its time by the database's clock: for the sweep, which then acts as each. */
    public List<UUID> tenantsWithExpired() {
        return jdbc.sql("SELECT approvals.tenants_with_expired()").query(UUID.class).list();
    }

    @SuppressWarnings("unchecked")
    private Approval approval(ResultSet rs, int row) throws SQLException {
        String details = rs.getString("details");
        UUID decidedBy = (UUID) rs.getObject("decided_by");
        return new Approval((UUID) rs.getObject("id"), ApprovalKind.fromWireName(rs.getString("kind")).orElseThrow(),
                ApprovalStatus.fromWireName(rs.getString("status")).orElseThrow(), rs.getString("summary"),
                rs.getBigDecimal("amount"), (UUID) rs.getObject("order_id"),
                details == null ? null : (Map<String, Object>) json.readValue(details, Map.class), (UUID) rs.getObject("terminal_id"),
                new Approval.Person((UUID) rs.getObject("requested_by"), rs.getString("requester_name")),
                instant(rs, "requested_at"), instant(rs, "expires_at"),
                decidedBy == null ? null : new Approval.Person(decidedBy, rs.getString("decider_name")),
                instant(rs, "decided_at"), rs.getString("reason"), instant(rs, "used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
