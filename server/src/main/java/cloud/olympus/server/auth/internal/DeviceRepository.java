package cloud.olympus.server.auth.internal;

import cloud.olympus.server.auth.Device;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered terminals of the tenant in context; row-level security hides everyone else's. */
@Repository
public class DeviceRepository {

    private static final String COLUMNS = "id, tenant_id, name, location_id, registered_at, registered_by, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Device insert(UUID tenantId, String name, UUID locationId, byte[] tokenHash, UUID registeredBy) {
        return jdbc.sql("""
                        INSERT INTO auth.devices (tenant_id, name, location_id, token_hash, registered_by)
                        VALUES (:tenant, :name, :location, :hash, :by)
                        RETURNING\s""" + COLUMNS)
                .param("tenant", tenantId).param("name", name).param("location", locationId).param("hash", tokenHash)
                .param("by", registeredBy)
                .query(DeviceRepository::device).single();
    }

    /** Every terminal, live ones first, newest first. */
    public List<Device> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.devices ORDER BY revoked_at IS NOT NULL, registered_at DESC, id")
                .query(DeviceRepository::device).list();
    }

    public Optional<Device> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM auth.devices WHERE id = :id").param("id", id)
                .query(DeviceRepository::device).optional();
    }

    /** Terminal names by id, among {@code ids}. */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT id, name FROM auth.devices WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name"))).list();
        return names;
    }

    /** The live terminal with this token, marked as used now. */
    public Optional<Device> use(byte[] tokenHash) {
        return jdbc.sql("""
                        UPDATE auth.devices SET last_used_at = now()
                         WHERE token_hash = :hash AND revoked_at IS NULL
                        RETURNING\s""" + COLUMNS)
                .param("hash", tokenHash).query(DeviceRepository::device).optional();
    }

    /** Revokes a live terminal; answers it as it is now, empty when there was none to revoke. */
    public Optional<Device> revoke(UUID id, UUID by) {
        return jdbc.sql("""
                        UPDATE auth.devices SET revoked_at = now(), revoked_by = :by
                         WHERE id = :id AND revoked_at IS NULL
                        RETURNING\s""" + COLUMNS)
                .param("id", id).param("by", by).query(DeviceRepository::device).optional();
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("name"),
                rs.getObject("location_id", UUID.class), instant(rs.getTimestamp("registered_at")),
                rs.getObject("registered_by", UUID.class), instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
