package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.workforce.WorkforceSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workforce settings of the tenant in context; a business that never set them has the defaults. */
@Repository
public class SettingsRepository {

    public static final WorkforceSettings DEFAULTS = new WorkforceSettings(new BigDecimal("8.00"), new BigDecimal("40.00"),
            "weekly", LocalDate.of(2024, 1, 1), new BigDecimal("12.00"));

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkforceSettings get() {
        return jdbc.sql("""
                        SELECT overtime_daily_hours, overtime_weekly_hours, pay_period, pay_period_anchor, orders_per_staff_hour
                          FROM workforce.settings
                        """)
                .query((rs, n) -> new WorkforceSettings(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)))
                .optional().orElse(DEFAULTS);
    }

    public void save(UUID tenantId, WorkforceSettings s) {
        jdbc.sql("""
                        INSERT INTO workforce.settings (tenant_id, overtime_daily_hours, overtime_weekly_hours, pay_period, pay_period_anchor,
                                                        orders_per_staff_hour)
                        VALUES (:tenant, :daily, :weekly, :period, :anchor, :orders)
                        ON CONFLICT (tenant_id) DO UPDATE SET overtime_daily_hours = excluded.overtime_daily_hours,
                               overtime_weekly_hours = excluded.overtime_weekly_hours, pay_period = excluded.pay_period,
                               pay_period_anchor = excluded.pay_period_anchor, orders_per_staff_hour = excluded.orders_per_staff_hour,
                               updated_at = now()
                        """)
                .param("tenant", tenantId).param("daily", s.overtimeDailyHours()).param("weekly", s.overtimeWeeklyHours())
                .param("period", s.payPeriod()).param("anchor", s.payPeriodAnchor()).param("orders", s.ordersPerStaffHour())
                .update();
    }
}
