package cloud.olympus.server.workforce.internal;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.workforce.StaffMember;
import cloud.olympus.server.workforce.StaffRole;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff roles and staff profiles of the tenant in context. */
@Repository
public class StaffRepository {

    private static final String STAFF = """
            SELECT s.id, s.user_id, u.display_name, u.email, s.staff_role, s.hourly_rate, s.location_ids, s.skills, s.active,
                   u.deactivated_at IS NULL AS user_active
              FROM workforce.staff s JOIN auth.users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
            """;

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the roles the business does not have yet; answers how many were added. */
    public int addRolesIfMissing(UUID tenantId, List<StaffRole> roles) {
        int added = 0;
        for (StaffRole role : roles) {
            added += jdbc.sql("""
                            INSERT INTO workforce.staff_roles (tenant_id, code, name, permissions) VALUES (:tenant, :code, :name, :permissions)
                            ON CONFLICT (tenant_id, code) DO NOTHING
                            """)
                    .param("tenant", tenantId).param("code", role.code()).param("name", role.name())
                    .param("permissions", wireNames(role.permissions())).update();
        }
        return added;
    }

    public boolean hasRoles() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workforce.staff_roles)").query(Boolean.class).single();
    }

    public List<StaffRole> roles() {
        return jdbc.sql("SELECT code, name, permissions FROM workforce.staff_roles ORDER BY code").query(this::role).list();
    }

    public Optional<StaffRole> roleForUpdate(String code) {
        return jdbc.sql("SELECT code, name, permissions FROM workforce.staff_roles WHERE code = :code FOR UPDATE")
                .param("code", code).query(this::role).optional();
    }

    public void saveRole(UUID tenantId, StaffRole role) {
        jdbc.sql("""
                        INSERT INTO workforce.staff_roles (tenant_id, code, name, permissions) VALUES (:tenant, :code, :name, :permissions)
                        ON CONFLICT (tenant_id, code) DO UPDATE SET name = excluded.name, permissions = excluded.permissions, updated_at = now()
                        """)
                .param("tenant", tenantId).param("code", role.code()).param("name", role.name())
                .param("permissions", wireNames(role.permissions())).update();
    }

    /** The permissions the user's staff role adds, when they have an active profile. */
    public Set<Permission> permissionsOfUser(UUID userId) {
        List<String> names = jdbc.sql("""
                        SELECT unnest(r.permissions) FROM workforce.staff s
                          JOIN workforce.staff_roles r ON r.tenant_id = s.tenant_id AND r.code = s.staff_role
                         WHERE s.user_id = :user AND s.active
                        """)
                .param("user", userId).query(String.class).list();
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        names.forEach(n -> Permission.fromWireName(n).ifPresent(permissions::add));
        return permissions;
    }

    /** Everyone with a profile, or (without {@code includeInactive}) those who work: an active profile and user. */
    public List<StaffMember> staff(boolean includeInactive) {
        return jdbc.sql(STAFF + " WHERE (:all OR (s.active AND u.deactivated_at IS NULL)) ORDER BY lower(coalesce(u.display_name, u.email)), s.id")
                .param("all", includeInactive).query(this::member).list();
    }

    public Optional<StaffMember> find(UUID id) {
        return jdbc.sql(STAFF + " WHERE s.id = :id").param("id", id).query(this::member).optional();
    }

    public Optional<StaffMember> findByUser(UUID userId) {
        return jdbc.sql(STAFF + " WHERE s.user_id = :user").param("user", userId).query(this::member).optional();
    }

    public void insert(UUID tenantId, UUID id, StaffMember m) {
        jdbc.sql("""
                        INSERT INTO workforce.staff (tenant_id, id, user_id, staff_role, hourly_rate, location_ids, skills, active)
                        VALUES (:tenant, :id, :user, :role, :rate, :locations, :skills, :active)
                        """)
                .param("tenant", tenantId).param("id", id).param("user", m.userId()).param("role", m.staffRole())
                .param("rate", m.hourlyRate()).param("locations", m.locationIds().toArray(UUID[]::new))
                .param("skills", m.skills().toArray(String[]::new)).param("active", m.active()).update();
    }

    public void update(StaffMember m) {
        jdbc.sql("""
                        UPDATE workforce.staff SET staff_role = :role, hourly_rate = :rate, location_ids = :locations, skills = :skills,
                               active = :active, updated_at = now()
                         WHERE id = :id
                        """)
                .param("id", m.id()).param("role", m.staffRole()).param("rate", m.hourlyRate())
                .param("locations", m.locationIds().toArray(UUID[]::new)).param("skills", m.skills().toArray(String[]::new))
                .param("active", m.active()).update();
    }

    private static String[] wireNames(Set<Permission> permissions) {
        return permissions.stream().map(Permission::wireName).sorted().toArray(String[]::new);
    }

    private StaffRole role(ResultSet rs, int row) throws SQLException {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String name : strings(rs.getArray("permissions"))) {
            Permission.fromWireName(name).ifPresent(permissions::add);
        }
        return new StaffRole(rs.getString("code"), rs.getString("name"), permissions);
    }

    private StaffMember member(ResultSet rs, int row) throws SQLException {
        BigDecimal rate = rs.getBigDecimal("hourly_rate");
        return new StaffMember((UUID) rs.getObject("id"), (UUID) rs.getObject("user_id"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("staff_role"), rate, Arrays.asList((UUID[]) rs.getArray("location_ids").getArray()),
                strings(rs.getArray("skills")), rs.getBoolean("active"), rs.getBoolean("user_active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
