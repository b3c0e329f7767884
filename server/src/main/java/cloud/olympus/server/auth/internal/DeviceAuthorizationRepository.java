package cloud.olympus.server.auth.internal;

import cloud.olympus.server.auth.PairedDevice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Device authorizations (RFC 8628) of the tenant in context, found by their codes' hashes. */
@Repository
public class DeviceAuthorizationRepository {

    private static final String COLUMNS = """
            id, user_id, expires_at, interval_seconds, last_polled_at, approved_at, denied_at, redeemed_at
            """;

    /** Whether the session the authorization {@code d} started is open, as {@link LiveSessions} sees it. */
    private static final String SESSION_OPEN = """
            EXISTS (SELECT 1 FROM auth.refresh_tokens t
                     WHERE t.tenant_id = d.tenant_id AND t.family_id = d.session_id
                       AND t.revoked_at IS NULL AND t.expires_at > now())
            """;

    private final JdbcClient jdbc;

    DeviceAuthorizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, byte[] deviceCodeHash, byte[] userCodeHash, Instant expiresAt, int intervalSeconds,
                       String userAgent) {
        jdbc.sql("""
                        INSERT INTO auth.device_authorizations
                               (tenant_id, device_code_hash, user_code_hash, expires_at, interval_seconds, user_agent)
                        VALUES (:tenant, :device, :user, :expires, :interval, :agent)
                        """)
                .param("tenant", tenantId)
                .param("device", deviceCodeHash)
                .param("user", userCodeHash)
                .param("expires", Timestamp.from(expiresAt))
                .param("interval", intervalSeconds)
                .param("agent", userAgent)
                .update();
    }

    /**
     * Forgets codes that ran out a while ago, so their user codes may come round again; a code whose
     * session is still open stays, as the record of the paired device.
     */
    public int purgeExpired(Instant before) {
        return jdbc.sql("DELETE FROM auth.device_authorizations d WHERE d.expires_at < :before AND NOT " + SESSION_OPEN)
                .param("before", Timestamp.from(before)).update();
    }

    /** The authorization a device code names, locked until the transaction ends so two polls queue up. */
    public Optional<DeviceAuthorization> lockByDeviceCode(byte[] hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.device_authorizations WHERE device_code_hash = :hash FOR UPDATE")
                .param("hash", hash).query(DeviceAuthorizationRepository::read).optional();
    }

    /** The authorization a user code names, locked until the transaction ends. */
    public Optional<DeviceAuthorization> lockByUserCode(byte[] hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.device_authorizations WHERE user_code_hash = :hash FOR UPDATE")
                .param("hash", hash).query(DeviceAuthorizationRepository::read).optional();
    }

    public void polled(UUID id, Instant at, int intervalSeconds) {
        jdbc.sql("UPDATE auth.device_authorizations SET last_polled_at = :at, interval_seconds = :interval WHERE id = :id")
                .param("at", Timestamp.from(at)).param("interval", intervalSeconds).param("id", id).update();
    }

    public void approve(UUID id, UUID userId, Instant at) {
        jdbc.sql("UPDATE auth.device_authorizations SET user_id = :user, approved_at = :at WHERE id = :id")
                .param("user", userId).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public void deny(UUID id, UUID userId, Instant at) {
        jdbc.sql("UPDATE auth.device_authorizations SET user_id = :user, denied_at = :at WHERE id = :id")
                .param("user", userId).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** The device collected its tokens: {@code sessionId} is the session they belong to (null when none was handed out). */
    public void redeemed(UUID id, Instant at, UUID sessionId) {
        jdbc.sql("UPDATE auth.device_authorizations SET redeemed_at = :at, session_id = :session WHERE id = :id")
                .param("at", Timestamp.from(at)).param("session", sessionId).param("id", id).update();
    }

    /** The paired devices whose session is open, newest pairing first. */
    public List<PairedDevice> listPaired() {
        return jdbc.sql(PAIRED + " ORDER BY d.redeemed_at DESC, d.id").query(DeviceAuthorizationRepository::readPaired).list();
    }

    /** The paired device with this id while its session is open, with that session. */
    public Optional<Paired> findPaired(UUID id) {
        return jdbc.sql(PAIRED + " AND d.id = :id").param("id", id)
                .query((rs, n) -> new Paired(readPaired(rs, n), (UUID) rs.getObject("session_id"))).optional();
    }

    private static final String PAIRED = """
            SELECT d.id, d.user_id, coalesce(nullif(u.display_name, ''), u.email) AS user_name, u.roles,
                   coalesce(d.user_agent, last.user_agent) AS user_agent, d.redeemed_at, last.created_at AS last_used_at,
                   d.session_id
              FROM auth.device_authorizations d
              JOIN auth.users u ON u.tenant_id = d.tenant_id AND u.id = d.user_id AND u.deleted_at IS NULL
              JOIN LATERAL (SELECT t.created_at, t.user_agent FROM auth.refresh_tokens t
                             WHERE t.tenant_id = d.tenant_id AND t.family_id = d.session_id
                             ORDER BY t.created_at DESC LIMIT 1) last ON true
             WHERE d.session_id IS NOT NULL AND
            """ + SESSION_OPEN;

    private static PairedDevice readPaired(ResultSet rs, int row) throws SQLException {
        return new PairedDevice((UUID) rs.getObject("id"), (UUID) rs.getObject("user_id"), rs.getString("user_name"),
                UserRepository.roles(rs.getArray("roles")), rs.getString("user_agent"),
                rs.getTimestamp("redeemed_at").toInstant(), rs.getTimestamp("last_used_at").toInstant());
    }

    /** A paired device and the session it holds. */
    public record Paired(PairedDevice device, UUID sessionId) {
    }

    private static DeviceAuthorization read(ResultSet rs, int row) throws SQLException {
        return new DeviceAuthorization((UUID) rs.getObject("id"), (UUID) rs.getObject("user_id"),
                rs.getTimestamp("expires_at").toInstant(), rs.getInt("interval_seconds"), instant(rs, "last_polled_at"),
                instant(rs, "approved_at"), instant(rs, "denied_at"), instant(rs, "redeemed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A device's request for a session, and how far it got. */
    public record DeviceAuthorization(UUID id, UUID userId, Instant expiresAt, int intervalSeconds, Instant lastPolledAt,
                                      Instant approvedAt, Instant deniedAt, Instant redeemedAt) {

        /** Neither approved nor denied yet. */
        public boolean undecided() {
            return approvedAt == null && deniedAt == null;
        }

        public boolean expiredAt(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }
}
