package cloud.olympus.server.auth.internal;

import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.User;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Users of the tenant in context; row-level security hides everyone else's. */
@Repository
public class UserRepository {

    private static final String COLUMNS = """
            id, tenant_id, email, phone, display_name, roles, metadata, last_login, created_at, updated_at, deactivated_at
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    UserRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Credentials of a live, active user, for login. */
    public Optional<Credentials> findCredentials(String email) {
        return jdbc.sql("""
                        SELECT id, tenant_id, password_hash, roles FROM auth.users
                        WHERE email = :email AND deleted_at IS NULL AND deactivated_at IS NULL
                        """)
                .param("email", email)
                .query((rs, n) -> new Credentials((UUID) rs.getObject("id"), (UUID) rs.getObject("tenant_id"),
                        rs.getString("password_hash"), roles(rs.getArray("roles"))))
                .optional();
    }

    public Optional<User> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.users WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(this::user)
                .optional();
    }

    /** The user while they may log in: neither removed nor deactivated. */
    public Optional<User> findActive(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.users WHERE id = :id AND deleted_at IS NULL AND deactivated_at IS NULL")
                .param("id", id)
                .query(this::user)
                .optional();
    }

    public Optional<User> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.users WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id)
                .query(this::user)
                .optional();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM auth.users WHERE email = :email")
                .param("email", email).query(Long.class).single() > 0;
    }

    /** A page of live users ordered by email, starting after {@code afterEmail}. */
    public List<User> page(String afterEmail, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM auth.users
                        WHERE deleted_at IS NULL AND (CAST(:after AS text) IS NULL OR email > :after)
                        ORDER BY email
                        LIMIT :limit
                        """)
                .param("after", afterEmail)
                .param("limit", limit)
                .query(this::user)
                .list();
    }

    public User insert(UUID tenantId, String email, String passwordHash, String phone, String displayName,
                       Set<Role> roles, Map<String, Object> metadata) {
        return jdbc.sql("""
                        INSERT INTO auth.users (tenant_id, email, password_hash, phone, display_name, roles, metadata)
                        VALUES (:tenant, :email, :hash, :phone, :display, :roles, CAST(:metadata AS jsonb))
                        RETURNING\s""" + COLUMNS)
                .param("tenant", tenantId)
                .param("email", email)
                .param("hash", passwordHash)
                .param("phone", phone)
                .param("display", displayName)
                .param("roles", wireNames(roles))
                .param("metadata", json.writeValueAsString(metadata))
                .query(this::user)
                .single();
    }

    public User update(User user, String passwordHashOrNull) {
        return jdbc.sql("""
                        UPDATE auth.users
                           SET phone = :phone, display_name = :display, roles = :roles,
                               metadata = CAST(:metadata AS jsonb),
                               password_hash = coalesce(:hash, password_hash), updated_at = now()
                         WHERE id = :id AND deleted_at IS NULL
                        RETURNING\s""" + COLUMNS)
                .param("id", user.id())
                .param("phone", user.phone())
                .param("display", user.displayName())
                .param("roles", wireNames(user.roles()))
                .param("metadata", json.writeValueAsString(user.metadata()))
                .param("hash", passwordHashOrNull)
                .query(this::user)
                .single();
    }

    public void softDelete(UUID id) {
        jdbc.sql("UPDATE auth.users SET deleted_at = now(), updated_at = now() WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).update();
    }

    /** Marks the user deactivated by {@code by}, or active again when {@code by} is null. */
    public User setDeactivated(UUID id, UUID by) {
        return jdbc.sql("""
                        UPDATE auth.users
                           SET deactivated_at = CASE WHEN CAST(:by AS uuid) IS NULL THEN NULL ELSE now() END,
                               deactivated_by = :by, updated_at = now()
                         WHERE id = :id AND deleted_at IS NULL
                        RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("by", by)
                .query(this::user)
                .single();
    }

    public void touchLastLogin(UUID id) {
        jdbc.sql("UPDATE auth.users SET last_login = now() WHERE id = :id").param("id", id).update();
    }

    /**
     * Waits for, then holds until the transaction ends, the lock on the owners of the business in
     * context: whoever changes an owner's standing counts the owners under it.
     */
    public void lockOwners() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('auth.owners'), hashtext(current_setting('app.tenant_id')))")
                .query(Object.class).single();
    }

    /** Live owners other than {@code exceptId} who may log in: not deactivated. */
    public long countOtherActiveOwners(UUID exceptId) {
        return jdbc.sql("""
                        SELECT count(*) FROM auth.users
                        WHERE deleted_at IS NULL AND deactivated_at IS NULL AND roles @> ARRAY['owner']::text[] AND id <> :id
                        """)
                .param("id", exceptId).query(Long.class).single();
    }

    private User user(ResultSet rs, int row) throws SQLException {
        return new User((UUID) rs.getObject("id"), (UUID) rs.getObject("tenant_id"), rs.getString("email"),
                rs.getString("phone"), rs.getString("display_name"), roles(rs.getArray("roles")),
                json.readValue(rs.getString("metadata"), MAP), instant(rs.getTimestamp("last_login")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("deactivated_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** The roles a {@code roles} column holds; names no longer known are left out. */
    public static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).forEach(name -> Role.fromWireName(name).ifPresent(roles::add));
        }
        return roles;
    }

    private static String[] wireNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::wireName).toArray(String[]::new);
    }

    /** What login needs to know about a user. */
    public record Credentials(UUID userId, UUID tenantId, String passwordHash, Set<Role> roles) {
    }
}
