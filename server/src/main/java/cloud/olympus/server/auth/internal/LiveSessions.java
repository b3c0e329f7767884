package cloud.olympus.server.auth.internal;

import cloud.olympus.server.shared.AfterCommit;
import cloud.olympus.server.shared.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the session an access token belongs to is still open: not logged out, not revoked by a
 * password or role change, a removed user or a reused refresh token. Asked on every request, so the
 * answer is kept for a few seconds ({@code olympus.auth.session-check-interval}); a session ended on
 * this instance is forgotten at once, one ended on another instance at the latest when the answer
 * expires. An ended session stays ended, so that answer is kept longer.
 */
@Component
public class LiveSessions {

    private static final Duration ENDED_KEPT = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Cache<UUID, Boolean> answers;

    LiveSessions(JdbcClient jdbc, TransactionTemplate tx, AuthProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        long liveNanos = properties.sessionCheckInterval().toNanos();
        this.answers = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfter(Expiry.<UUID, Boolean>creating((session, live) -> live ? Duration.ofNanos(liveNanos) : ENDED_KEPT))
                .build();
    }

    /** Whether the session is open; {@code tenantId} is the tenant the session's user belongs to. */
    public boolean isOpen(UUID tenantId, UUID sessionId) {
        return answers.get(sessionId, id -> TenantContext.callAs(tenantId, () -> Boolean.TRUE.equals(tx.execute(s -> jdbc.sql("""
                        SELECT EXISTS (
                            SELECT 1 FROM auth.refresh_tokens t
                              JOIN auth.users u ON u.tenant_id = t.tenant_id AND u.id = t.user_id
                             WHERE t.family_id = :session AND t.revoked_at IS NULL AND t.expires_at > now()
                               AND u.deleted_at IS NULL AND u.deactivated_at IS NULL)
                        """).param("session", id).query(Boolean.class).single()))));
    }

    /** Drops what is known of these sessions, after they were ended here (again once that commits). */
    public void forget(Collection<UUID> sessionIds) {
        List<UUID> ended = List.copyOf(sessionIds);
        AfterCommit.forget(() -> answers.invalidateAll(ended));
    }
}
