package cloud.olympus.server.auth.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PINs of the tenant in context's users: their hashes, failures in a row and locks. */
@Repository
public class PinRepository {

    private final JdbcClient jdbc;

    PinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a user's PIN; a new PIN starts unlocked with no failures. */
    public void set(UUID tenantId, UUID userId, String hash) {
        jdbc.sql("""
                        INSERT INTO auth.user_pins (tenant_id, user_id, pin_hash) VALUES (:tenant, :user, :hash)
                        ON CONFLICT (tenant_id, user_id)
                        DO UPDATE SET pin_hash = EXCLUDED.pin_hash, failed_attempts = 0, locked_at = NULL, updated_at = now()
                        """)
                .param("tenant", tenantId).param("user", userId).param("hash", hash).update();
    }

    public boolean remove(UUID userId) {
        return jdbc.sql("DELETE FROM auth.user_pins WHERE user_id = :user").param("user", userId).update() > 0;
    }

    /** The PIN of a live user, locked until the transaction ends so tries of one person queue up. */
    public Optional<StoredPin> lock(UUID userId) {
        return jdbc.sql("""
                        SELECT p.pin_hash, p.failed_attempts, p.locked_at IS NOT NULL AS locked
                          FROM auth.user_pins p
                          JOIN auth.users u ON u.tenant_id = p.tenant_id AND u.id = p.user_id
                         WHERE p.user_id = :user AND u.deleted_at IS NULL AND u.deactivated_at IS NULL
                           FOR UPDATE OF p
                        """)
                .param("user", userId)
                .query((rs, n) -> new StoredPin(rs.getString("pin_hash"), rs.getInt("failed_attempts"), rs.getBoolean("locked")))
                .optional();
    }

    /** One more wrong try; at {@code lockAt} in a row the PIN locks. Answers whether it is locked now. */
    public boolean failed(UUID userId, int lockAt) {
        return jdbc.sql("""
                        UPDATE auth.user_pins
                           SET failed_attempts = failed_attempts + 1,
                               locked_at = CASE WHEN failed_attempts + 1 >= :lockAt THEN coalesce(locked_at, now()) END,
                               updated_at = now()
                         WHERE user_id = :user
                        RETURNING locked_at IS NOT NULL
                        """)
                .param("user", userId).param("lockAt", lockAt).query(Boolean.class).single();
    }

    public void succeeded(UUID userId) {
        jdbc.sql("UPDATE auth.user_pins SET failed_attempts = 0 WHERE user_id = :user AND failed_attempts > 0")
                .param("user", userId).update();
    }

    /** Clears a lock and the failures; answers whether the user has a PIN at all. */
    public boolean unlock(UUID userId) {
        return jdbc.sql("""
                        UPDATE auth.user_pins SET failed_attempts = 0, locked_at = NULL, updated_at = now()
                         WHERE user_id = :user
                        """)
                .param("user", userId).update() > 0;
    }

    /** Live, active users with a PIN, by name: who may switch in on a terminal. */
    public List<PinHolder> holders() {
        return jdbc.sql("""
                        SELECT u.id, coalesce(u.display_name, u.email) AS name, p.locked_at IS NOT NULL AS locked
                          FROM auth.user_pins p
                          JOIN auth.users u ON u.tenant_id = p.tenant_id AND u.id = p.user_id
                         WHERE u.deleted_at IS NULL AND u.deactivated_at IS NULL
                         ORDER BY lower(coalesce(u.display_name, u.email)), u.id
                        """)
                .query((rs, n) -> new PinHolder(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("locked")))
                .list();
    }

    /** A stored PIN as a login sees it. */
    public record StoredPin(String hash, int failedAttempts, boolean locked) {
    }

    /** Someone who may switch in with a PIN. */
    public record PinHolder(UUID userId, String displayName, boolean locked) {
    }
}
