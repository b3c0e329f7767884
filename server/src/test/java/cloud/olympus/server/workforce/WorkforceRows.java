package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff, shifts and time entries written straight into the workforce tables as the database owner,
 * for tests that need a constructed day of work.
 */
public record WorkforceRows(JdbcClient owner, UUID tenant) {

    public static WorkforceRows of(DataSource ownerDataSource, UUID tenant) {
        return new WorkforceRows(JdbcClient.create(ownerDataSource), tenant);
    }

    /** A staff profile for the user, working at the tenant itself. */
    public UUID staff(UUID userId, String hourlyRate) {
        owner.sql("""
                INSERT INTO workforce.staff_roles (tenant_id, code, name) VALUES (:tenant, 'server', 'Server')
                ON CONFLICT DO NOTHING
                """).param("tenant", tenant).update();
        return owner.sql("""
                        INSERT INTO workforce.staff (tenant_id, user_id, staff_role, hourly_rate, location_ids)
                        VALUES (:tenant, :user, 'server', :rate, ARRAY[CAST(:tenant AS uuid)]) RETURNING id
                        """)
                .param("tenant", tenant).param("user", userId).param("rate", new BigDecimal(hourlyRate))
                .query(UUID.class).single();
    }

    public UUID timeEntry(UUID staffId, Instant in, Instant out) {
        return owner.sql("""
                        INSERT INTO workforce.time_entries (tenant_id, staff_id, location_id, clock_in, clock_out, source)
                        VALUES (:tenant, :staff, :tenant, :in, :out, 'console') RETURNING id
                        """)
                .param("tenant", tenant).param("staff", staffId).param("in", Timestamp.from(in))
                .param("out", out == null ? null : Timestamp.from(out))
                .query(UUID.class).single();
    }

    public void pause(UUID entryId, Instant from, Instant to) {
        owner.sql("""
                        INSERT INTO workforce.breaks (tenant_id, time_entry_id, started_at, ended_at)
                        VALUES (:tenant, :entry, :from, :to)
                        """)
                .param("tenant", tenant).param("entry", entryId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).update();
    }

    public void shift(UUID staffId, Instant from, Instant to) {
        owner.sql("""
                        INSERT INTO workforce.shifts (tenant_id, location_id, staff_id, staff_role, starts_at, ends_at)
                        VALUES (:tenant, :tenant, :staff, 'server', :from, :to)
                        """)
                .param("tenant", tenant).param("staff", staffId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).update();
    }

    void ordersPerStaffHour(String threshold) {
        owner.sql("""
                        INSERT INTO workforce.settings (tenant_id, orders_per_staff_hour) VALUES (:tenant, :threshold)
                        ON CONFLICT (tenant_id) DO UPDATE SET orders_per_staff_hour = EXCLUDED.orders_per_staff_hour
                        """)
                .param("tenant", tenant).param("threshold", new BigDecimal(threshold)).update();
    }

    /** Moves an order to when it happened, as a till sale rung then would be. */
    void orderAt(String orderId, Instant at, java.time.LocalDate businessDate) {
        owner.sql("""
                        UPDATE commerce.orders SET created_at = :at, rung_at = :at, business_date = :date
                         WHERE tenant_id = :tenant AND id = :id
                        """)
                .param("tenant", tenant).param("id", UUID.fromString(orderId)).param("at", Timestamp.from(at))
                .param("date", businessDate).update();
    }
}
