package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.workforce.Shift;
import cloud.olympus.server.workforce.ShiftTemplate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shifts and shift templates of the tenant in context. */
@Repository
public class ShiftRepository {

    private static final String SHIFT = """
            SELECT id, location_id, staff_id, staff_role, starts_at, ends_at, break_minutes, template_id, note FROM workforce.shifts
            """;
    private static final int MAX_LISTED = 2000;

    private final JdbcClient jdbc;

    ShiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Shift> list(Instant from, Instant to, UUID locationId, UUID staffId, boolean openOnly) {
        return jdbc.sql(SHIFT + """
                         WHERE starts_at < :to AND ends_at > :from
                           AND (CAST(:location AS uuid) IS NULL OR location_id = :location)
                           AND (CAST(:staff AS uuid) IS NULL OR staff_id = :staff)
                           AND (NOT :open OR staff_id IS NULL)
                         ORDER BY starts_at, id LIMIT :limit
                        """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("location", locationId)
                .param("staff", staffId).param("open", openOnly).param("limit", MAX_LISTED).query(this::shift).list();
    }

    public Optional<Shift> find(UUID id) {
        return jdbc.sql(SHIFT + " WHERE id = :id").param("id", id).query(this::shift).optional();
    }

    /** The person's shift at a place that covers {@code at}, or starts within the hour after it. */
    public Optional<UUID> shiftAt(UUID staffId, UUID locationId, Instant at) {
        return jdbc.sql("""
                        SELECT id FROM workforce.shifts
                         WHERE staff_id = :staff AND location_id = :location
                           AND starts_at <= CAST(:at AS timestamptz) + INTERVAL '1 hour' AND ends_at > CAST(:at AS timestamptz)
                         ORDER BY starts_at LIMIT 1
                        """)
                .param("staff", staffId).param("location", locationId).param("at", Timestamp.from(at)).query(UUID.class).optional();
    }

    public void insert(UUID tenantId, Shift s) {
        jdbc.sql("""
                        INSERT INTO workforce.shifts (tenant_id, id, location_id, staff_id, staff_role, starts_at, ends_at, break_minutes,
                                                      template_id, note)
                        VALUES (:tenant, :id, :location, :staff, :role, :starts, :ends, :break, :template, :note)
                        """)
                .param("tenant", tenantId).param("id", s.id()).param("location", s.locationId()).param("staff", s.staffId())
                .param("role", s.staffRole()).param("starts", Timestamp.from(s.startsAt())).param("ends", Timestamp.from(s.endsAt()))
                .param("break", s.breakMinutes()).param("template", s.templateId()).param("note", s.note()).update();
    }

    /** Whether a shift just like this one (place, person, job and times) is already planned. */
    public boolean existsLike(Shift s) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM workforce.shifts
                                        WHERE location_id = :location AND staff_id IS NOT DISTINCT FROM :staff AND staff_role = :role
                                          AND starts_at = :starts AND ends_at = :ends)
                        """)
                .param("location", s.locationId()).param("staff", s.staffId()).param("role", s.staffRole())
                .param("starts", Timestamp.from(s.startsAt())).param("ends", Timestamp.from(s.endsAt())).query(Boolean.class).single();
    }

    /**
     * Holds the person's planning until the transaction ends, so that two changes to their shifts
     * made at once cannot both find the time free.
     */
    public void lockPerson(UUID staffId) {
        jdbc.sql("SELECT 1 FROM workforce.staff WHERE id = :staff FOR UPDATE").param("staff", staffId).query(Integer.class).list();
    }

    /** Whether the person has a shift (other than {@code exceptId}) overlapping the times. */
    public boolean overlaps(UUID staffId, Instant startsAt, Instant endsAt, UUID exceptId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM workforce.shifts
                                        WHERE staff_id = :staff AND starts_at < :ends AND ends_at > :starts
                                          AND id IS DISTINCT FROM :except)
                        """)
                .param("staff", staffId).param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .param("except", exceptId).query(Boolean.class).single();
    }

    public void update(Shift s) {
        jdbc.sql("""
                        UPDATE workforce.shifts SET location_id = :location, staff_id = :staff, staff_role = :role, starts_at = :starts,
                               ends_at = :ends, break_minutes = :break, note = :note, updated_at = now()
                         WHERE id = :id
                        """)
                .param("id", s.id()).param("location", s.locationId()).param("staff", s.staffId()).param("role", s.staffRole())
                .param("starts", Timestamp.from(s.startsAt())).param("ends", Timestamp.from(s.endsAt()))
                .param("break", s.breakMinutes()).param("note", s.note()).update();
    }

    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM workforce.shifts WHERE id = :id").param("id", id).update() == 1;
    }

    /**
     * Gives an open shift to the person, if it is still open, of their job and at one of their places:
     * one conditional update, so two people claiming at once cannot both have it.
     */
    public boolean claim(UUID id, UUID staffId, String staffRole, List<UUID> locations) {
        return jdbc.sql("""
                        UPDATE workforce.shifts SET staff_id = :staff, updated_at = now()
                         WHERE id = :id AND staff_id IS NULL AND staff_role = :role AND location_id = ANY(:locations)
                        """)
                .param("id", id).param("staff", staffId).param("role", staffRole)
                .param("locations", locations.toArray(UUID[]::new)).update() == 1;
    }

    public List<ShiftTemplate> templates() {
        return jdbc.sql("""
                        SELECT id, name, location_id, staff_role, start_time, end_time, break_minutes FROM workforce.shift_templates
                         ORDER BY name, id
                        """).query(this::templateRow).list();
    }

    public Optional<ShiftTemplate> template(UUID id) {
        return jdbc.sql("""
                        SELECT id, name, location_id, staff_role, start_time, end_time, break_minutes FROM workforce.shift_templates
                         WHERE id = :id
                        """).param("id", id).query(this::templateRow).optional();
    }

    public boolean templateNamed(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workforce.shift_templates WHERE name = :name)").param("name", name)
                .query(Boolean.class).single();
    }

    public void insertTemplate(UUID tenantId, ShiftTemplate t) {
        jdbc.sql("""
                        INSERT INTO workforce.shift_templates (tenant_id, id, name, location_id, staff_role, start_time, end_time, break_minutes)
                        VALUES (:tenant, :id, :name, :location, :role, :start, :end, :break)
                        """)
                .param("tenant", tenantId).param("id", t.id()).param("name", t.name()).param("location", t.locationId())
                .param("role", t.staffRole()).param("start", java.sql.Time.valueOf(t.startTime()))
                .param("end", java.sql.Time.valueOf(t.endTime())).param("break", t.breakMinutes()).update();
    }

    private Shift shift(ResultSet rs, int row) throws SQLException {
        return new Shift((UUID) rs.getObject("id"), (UUID) rs.getObject("location_id"), (UUID) rs.getObject("staff_id"),
                rs.getString("staff_role"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("break_minutes"), (UUID) rs.getObject("template_id"), rs.getString("note"));
    }

    private ShiftTemplate templateRow(ResultSet rs, int row) throws SQLException {
        return new ShiftTemplate((UUID) rs.getObject("id"), rs.getString("name"), (UUID) rs.getObject("location_id"),
                rs.getString("staff_role"), rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                rs.getInt("break_minutes"));
    }
}
