package cloud.olympus.server.workforce.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Worked and planned time at a place, read from the time clock and the schedule of the tenant in context. */
@Repository
public class LabourRepository {

    private final JdbcClient jdbc;

    LabourRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stretch of time. */
    public record Span(Instant from, Instant to) {
    }

    /** A time entry at its person's hourly rate; an open entry, or an open break, runs until {@code now}. */
    public record WorkedEntry(UUID staffId, BigDecimal hourlyRate, Span clocked, List<Span> breaks) {
    }

    /** A planned shift with its person (open shifts have none and are not read). */
    public record PlannedShift(UUID staffId, Span planned) {
    }

    /** The time entries at the place that overlap {@code from} up to {@code to}, with their breaks. */
    public List<WorkedEntry> worked(UUID location, Instant from, Instant to, Instant now) {
        Map<UUID, List<Span>> breaks = new HashMap<>();
        jdbc.sql("""
                        SELECT b.time_entry_id, b.started_at, COALESCE(b.ended_at, :now) AS ended_at
                          FROM workforce.breaks b
                          JOIN workforce.time_entries e ON e.tenant_id = b.tenant_id AND e.id = b.time_entry_id
                         WHERE e.location_id = :location AND e.clock_in < :to AND COALESCE(e.clock_out, :now) > :from
                        """)
                .param("location", location).param("from", ts(from)).param("to", ts(to)).param("now", ts(now))
                .query((rs, n) -> breaks.computeIfAbsent((UUID) rs.getObject("time_entry_id"), k -> new ArrayList<>())
                        .add(span(rs, "started_at", "ended_at")))
                .list();
        return jdbc.sql("""
                        SELECT e.id, e.staff_id, s.hourly_rate, e.clock_in, COALESCE(e.clock_out, :now) AS clock_out
                          FROM workforce.time_entries e
                          JOIN workforce.staff s ON s.tenant_id = e.tenant_id AND s.id = e.staff_id
                         WHERE e.location_id = :location AND e.clock_in < :to AND COALESCE(e.clock_out, :now) > :from
                         ORDER BY e.clock_in, e.id
                        """)
                .param("location", location).param("from", ts(from)).param("to", ts(to)).param("now", ts(now))
                .query((rs, n) -> new WorkedEntry((UUID) rs.getObject("staff_id"), rs.getBigDecimal("hourly_rate"),
                        span(rs, "clock_in", "clock_out"), breaks.getOrDefault((UUID) rs.getObject("id"), List.of())))
                .list();
    }

    /** The shifts planned at the place, with a person, that overlap {@code from} up to {@code to}. */
    public List<PlannedShift> planned(UUID location, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT staff_id, starts_at, ends_at
                          FROM workforce.shifts
                         WHERE location_id = :location AND staff_id IS NOT NULL AND starts_at < :to AND ends_at > :from
                        """)
                .param("location", location).param("from", ts(from)).param("to", ts(to))
                .query((rs, n) -> new PlannedShift((UUID) rs.getObject("staff_id"), span(rs, "starts_at", "ends_at")))
                .list();
    }

    /** The tenant's orders an hour per person on shift, when it has set its workforce rules. */
    public Optional<BigDecimal> ordersPerStaffHour() {
        return jdbc.sql("SELECT orders_per_staff_hour FROM workforce.settings")
                .query((rs, n) -> rs.getBigDecimal(1)).optional();
    }

    /** Every place, of every business, where someone active works. */
    public List<UUID> staffedLocations() {
        return jdbc.sql("SELECT * FROM workforce.staffed_locations()").query((rs, n) -> (UUID) rs.getObject(1)).list();
    }

    private static Span span(ResultSet rs, String from, String to) throws SQLException {
        return new Span(rs.getTimestamp(from).toInstant(), rs.getTimestamp(to).toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
