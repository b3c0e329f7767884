package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.workforce.TimeEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Time entries, their breaks and corrections, of the tenant in context. */
@Repository
public class TimeEntryRepository {

    private static final String ENTRY = """
            SELECT e.id, e.staff_id, e.location_id, e.shift_id, e.clock_in, e.clock_out, e.corrected, e.source, e.device_id,
                   e.approved_at, e.approved_by
              FROM workforce.time_entries e
            """;
    private static final int MAX_LISTED = 5000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TimeEntryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens an entry; a person with an open one already is refused by the database's unique index (409). */
    public void clockIn(UUID tenantId, UUID id, UUID staffId, UUID locationId, UUID shiftId, Instant at, String source,
                        UUID deviceId) {
        try {
            jdbc.sql("""
                            INSERT INTO workforce.time_entries (tenant_id, id, staff_id, location_id, shift_id, clock_in, source, device_id)
                            VALUES (:tenant, :id, :staff, :location, :shift, :at, :source, :device)
                            """)
                    .param("tenant", tenantId).param("id", id).param("staff", staffId).param("location", locationId)
                    .param("shift", shiftId).param("at", Timestamp.from(at)).param("source", source).param("device", deviceId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("You are clocked in already; clock out first");
        }
    }

    public Optional<TimeEntry> open(UUID staffId) {
        return one(ENTRY + " WHERE e.staff_id = :staff AND e.clock_out IS NULL FOR UPDATE", Map.of("staff", staffId));
    }

    /** The person's open entry, read without locking it. */
    public Optional<TimeEntry> openNow(UUID staffId) {
        return one(ENTRY + " WHERE e.staff_id = :staff AND e.clock_out IS NULL", Map.of("staff", staffId));
    }

    public Optional<TimeEntry> find(UUID id) {
        return one(ENTRY + " WHERE e.id = :id", Map.of("id", id));
    }

    public Optional<TimeEntry> findForUpdate(UUID id) {
        return one(ENTRY + " WHERE e.id = :id FOR UPDATE", Map.of("id", id));
    }

    /** Entries clocked in within from {@code from} up to {@code to}, of one person or of all, oldest first. */
    public List<TimeEntry> between(Instant from, Instant to, UUID staffId) {
        List<TimeEntry> bare = jdbc.sql(ENTRY + """
                         WHERE e.clock_in >= :from AND e.clock_in < :to AND (CAST(:staff AS uuid) IS NULL OR e.staff_id = :staff)
                         ORDER BY e.clock_in, e.id LIMIT :limit
                        """)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("staff", staffId)
                .param("limit", MAX_LISTED).query(this::entry).list();
        return withBreaks(bare);
    }

    public void startBreak(UUID tenantId, UUID entryId, Instant at) {
        try {
            jdbc.sql("INSERT INTO workforce.breaks (tenant_id, time_entry_id, started_at) VALUES (:tenant, :entry, :at)")
                    .param("tenant", tenantId).param("entry", entryId).param("at", Timestamp.from(at)).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("You are on a break already");
        }
    }

    /** Ends the entry's open break, if it has one; answers whether it had. */
    public boolean endBreak(UUID entryId, Instant at) {
        return jdbc.sql("""
                        UPDATE workforce.breaks SET ended_at = greatest(started_at, CAST(:at AS timestamptz)) WHERE time_entry_id = :entry AND ended_at IS NULL
                        """)
                .param("entry", entryId).param("at", Timestamp.from(at)).update() == 1;
    }

    public void clockOut(UUID entryId, Instant at) {
        jdbc.sql("UPDATE workforce.time_entries SET clock_out = :at, updated_at = now() WHERE id = :id")
                .param("id", entryId).param("at", Timestamp.from(at)).update();
    }

    /** Stores a manager's correction of an entry's times, with the reason and the times before and after. */
    public void correct(UUID tenantId, UUID entryId, Instant clockIn, Instant clockOut, UUID by, String reason,
                        Map<String, Object> before, Map<String, Object> after) {
        jdbc.sql("""
                        UPDATE workforce.time_entries SET clock_in = :in, clock_out = :out, corrected = true, updated_at = now()
                         WHERE id = :id
                        """)
                .param("id", entryId).param("in", Timestamp.from(clockIn))
                .param("out", clockOut == null ? null : Timestamp.from(clockOut)).update();
        jdbc.sql("""
                        INSERT INTO workforce.time_entry_corrections (tenant_id, time_entry_id, corrected_by, reason, before, after)
                        VALUES (:tenant, :entry, :by, :reason, CAST(:before AS jsonb), CAST(:after AS jsonb))
                        """)
                .param("tenant", tenantId).param("entry", entryId).param("by", by).param("reason", reason)
                .param("before", json.writeValueAsString(before)).param("after", json.writeValueAsString(after)).update();
    }

    /**
     * Approves ({@code by} set) or withdraws the approval of ({@code by} null) one person's closed
     * entries clocked in from {@code from} up to {@code to}, of those in {@code only} when it is not null;
     * answers how many changed.
     */
    public int approve(UUID staffId, Instant from, Instant to, UUID by, Collection<UUID> only) {
        if (only != null && only.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE workforce.time_entries
                           SET approved_at = CASE WHEN CAST(:by AS uuid) IS NULL THEN NULL ELSE now() END,
                               approved_by = :by, updated_at = now()
                         WHERE staff_id = :staff AND clock_in >= :from AND clock_in < :to AND clock_out IS NOT NULL
                           AND (approved_at IS NULL) = (CAST(:by AS uuid) IS NOT NULL)
                        """ + (only == null ? "" : " AND id IN (:only)"))
                .param("staff", staffId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("by", by)
                .params(only == null ? Map.of() : Map.of("only", only))
                .update();
    }

    /** How many of one person's closed entries clocked in from {@code from} up to {@code to} are (or are not) approved. */
    public int countClosed(UUID staffId, Instant from, Instant to, boolean approved) {
        return jdbc.sql("""
                        SELECT count(*) FROM workforce.time_entries
                         WHERE staff_id = :staff AND clock_in >= :from AND clock_in < :to AND clock_out IS NOT NULL
                           AND (approved_at IS NOT NULL) = :approved
                        """)
                .param("staff", staffId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("approved", approved).query(Integer.class).single();
    }

    /** How many of one person's entries clocked in from {@code from} up to {@code to} are still open. */
    public int countOpen(UUID staffId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*) FROM workforce.time_entries
                         WHERE staff_id = :staff AND clock_in >= :from AND clock_in < :to AND clock_out IS NULL
                        """)
                .param("staff", staffId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Integer.class).single();
    }

    private Optional<TimeEntry> one(String sql, Map<String, Object> params) {
        List<TimeEntry> found = withBreaks(jdbc.sql(sql).params(params).query(this::entry).list());
        return found.stream().findFirst();
    }

    private List<TimeEntry> withBreaks(List<TimeEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<UUID, List<TimeEntry.Break>> breaks = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT time_entry_id, started_at, ended_at FROM workforce.breaks WHERE time_entry_id = ANY(:ids)
                         ORDER BY started_at, id
                        """)
                .param("ids", entries.stream().map(TimeEntry::id).toArray(UUID[]::new))
                .query(rs -> {
                    Timestamp ended = rs.getTimestamp("ended_at");
                    breaks.computeIfAbsent((UUID) rs.getObject("time_entry_id"), k -> new ArrayList<>())
                            .add(new TimeEntry.Break(rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant()));
                });
        return entries.stream().map(e -> new TimeEntry(e.id(), e.staffId(), e.locationId(), e.shiftId(), e.clockIn(), e.clockOut(),
                List.copyOf(breaks.getOrDefault(e.id(), List.of())), e.corrected(), e.source(), e.deviceId(), e.approvedAt(),
                e.approvedBy())).toList();
    }

    private TimeEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp out = rs.getTimestamp("clock_out");
        return new TimeEntry((UUID) rs.getObject("id"), (UUID) rs.getObject("staff_id"), (UUID) rs.getObject("location_id"),
                (UUID) rs.getObject("shift_id"), rs.getTimestamp("clock_in").toInstant(), out == null ? null : out.toInstant(),
                List.of(), rs.getBoolean("corrected"), rs.getString("source"), (UUID) rs.getObject("device_id"),
                rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant(),
                (UUID) rs.getObject("approved_by"));
    }
}
