package cloud.olympus.server.auth.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored refresh tokens (their hashes) of the tenant in context. */
@Repository
public class RefreshTokenRepository {

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, UUID familyId, UUID userId, byte[] hash, Instant expiresAt, String userAgent,
                       UUID deviceId) {
        jdbc.sql("""
                        INSERT INTO auth.refresh_tokens (tenant_id, family_id, user_id, token_hash, expires_at, user_agent,
                                                         device_id)
                        VALUES (:tenant, :family, :user, :hash, :expires, :agent, :device)
                        """)
                .param("device", deviceId)
                .param("tenant", tenantId)
                .param("family", familyId)
                .param("user", userId)
                .param("hash", hash)
                .param("expires", Timestamp.from(expiresAt))
                .param("agent", userAgent)
                .update();
    }

    /** The token with this hash, locked until the transaction ends so two refreshes queue up. */
    public Optional<StoredToken> lock(byte[] hash) {
        return jdbc.sql("""
                        SELECT id, family_id, user_id, expires_at, used_at, revoked_at, device_id
                          FROM auth.refresh_tokens WHERE token_hash = :hash FOR UPDATE
                        """)
                .param("hash", hash)
                .query((rs, n) -> new StoredToken((UUID) rs.getObject("id"), (UUID) rs.getObject("family_id"),
                        (UUID) rs.getObject("user_id"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant(),
                        rs.getTimestamp("revoked_at") != null, (UUID) rs.getObject("device_id")))
                .optional();
    }

    public void markUsed(UUID id) {
        jdbc.sql("UPDATE auth.refresh_tokens SET used_at = now() WHERE id = :id").param("id", id).update();
    }

    /** Spends every live token of the session: a later use of any of them is then a reuse. */
    public int spendFamily(UUID familyId) {
        return jdbc.sql("UPDATE auth.refresh_tokens SET used_at = now() WHERE family_id = :family AND used_at IS NULL "
                        + "AND revoked_at IS NULL")
                .param("family", familyId).update();
    }

    public int revokeFamily(UUID familyId) {
        return jdbc.sql("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE family_id = :family AND revoked_at IS NULL")
                .param("family", familyId).update();
    }

    /** Revokes every session of a user; answers the sessions that were open. */
    public List<UUID> revokeAllOf(UUID userId) {
        return jdbc.sql("""
                        UPDATE auth.refresh_tokens SET revoked_at = now() WHERE user_id = :user AND revoked_at IS NULL
                        RETURNING family_id
                        """)
                .param("user", userId).query(UUID.class).list().stream().distinct().toList();
    }

    /** Revokes every session opened on a registered terminal; answers the sessions that were open. */
    public List<UUID> revokeAllOnDevice(UUID deviceId) {
        return jdbc.sql("""
                        UPDATE auth.refresh_tokens SET revoked_at = now() WHERE device_id = :device AND revoked_at IS NULL
                        RETURNING family_id
                        """)
                .param("device", deviceId).query(UUID.class).list().stream().distinct().toList();
    }

    /** Revokes every session of the tenant in context; answers the sessions that were open. */
    /**
     * Revokes every token of another business, {@code tenantId} (a location of the one in context), in
     * the transaction under way; the business in context stays in context.
     */
    public List<UUID> revokeAllOf(UUID tenantId, UUID inContext) {
        jdbc.sql("SELECT set_config('app.tenant_id', :tenant, true)").param("tenant", tenantId.toString()).query(String.class).single();
        try {
            return revokeAll();
        } finally {
            jdbc.sql("SELECT set_config('app.tenant_id', :tenant, true)").param("tenant", inContext.toString()).query(String.class)
                    .single();
        }
    }

    public List<UUID> revokeAll() {
        return jdbc.sql("UPDATE auth.refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL RETURNING family_id")
                .query(UUID.class).list().stream().distinct().toList();
    }

    /** A stored refresh token as rotation sees it. */
    public record StoredToken(UUID id, UUID familyId, UUID userId, Instant expiresAt, Instant usedAt, boolean revoked,
                              UUID deviceId) {

        public boolean used() {
            return usedAt != null;
        }
    }
}
