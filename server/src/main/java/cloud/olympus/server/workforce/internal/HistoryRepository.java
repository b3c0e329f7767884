package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.workforce.Shift;
import cloud.olympus.server.workforce.TimeEntry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Shifts and time entries of the tenant in context written many at a time, for an import. */
@Repository
public class HistoryRepository {

    private final NamedParameterJdbcTemplate batch;

    HistoryRepository(NamedParameterJdbcTemplate batch) {
        this.batch = batch;
    }

    public void insertShifts(UUID tenantId, List<Shift> shifts) {
        batch.batchUpdate("""
                INSERT INTO workforce.shifts (tenant_id, id, location_id, staff_id, staff_role, starts_at, ends_at, break_minutes,
                                              template_id, note)
                VALUES (:tenant, :id, :location, :staff, :role, :starts, :ends, :break, :template, :note)
                """, shifts.stream().map(s -> new MapSqlParameterSource().addValue("tenant", tenantId).addValue("id", s.id())
                .addValue("location", s.locationId()).addValue("staff", s.staffId()).addValue("role", s.staffRole())
                .addValue("starts", at(s.startsAt())).addValue("ends", at(s.endsAt())).addValue("break", s.breakMinutes())
                .addValue("template", s.templateId()).addValue("note", s.note())).toArray(MapSqlParameterSource[]::new));
    }

    public void insertEntries(UUID tenantId, List<TimeEntry> entries) {
        batch.batchUpdate("""
                INSERT INTO workforce.time_entries (tenant_id, id, staff_id, location_id, shift_id, clock_in, clock_out, source,
                                                    device_id, created_at, updated_at)
                VALUES (:tenant, :id, :staff, :location, :shift, :in, :out, :source, :device, :in, coalesce(CAST(:out AS timestamptz), :in))
                """, entries.stream().map(e -> new MapSqlParameterSource().addValue("tenant", tenantId).addValue("id", e.id())
                .addValue("staff", e.staffId()).addValue("location", e.locationId()).addValue("shift", e.shiftId())
                .addValue("in", at(e.clockIn())).addValue("out", at(e.clockOut())).addValue("source", e.source())
                .addValue("device", e.deviceId())).toArray(MapSqlParameterSource[]::new));
        List<MapSqlParameterSource> breaks = new ArrayList<>();
        for (TimeEntry e : entries) {
            for (TimeEntry.Break b : e.breaks()) {
                breaks.add(new MapSqlParameterSource().addValue("tenant", tenantId).addValue("entry", e.id())
                        .addValue("started", at(b.startedAt())).addValue("ended", at(b.endedAt())));
            }
        }
        batch.batchUpdate("""
                INSERT INTO workforce.breaks (tenant_id, time_entry_id, started_at, ended_at)
                VALUES (:tenant, :entry, :started, :ended)
                """, breaks.toArray(MapSqlParameterSource[]::new));
    }

    private static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
