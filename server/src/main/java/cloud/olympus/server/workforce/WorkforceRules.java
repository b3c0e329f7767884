package cloud.olympus.server.workforce;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.SettingsRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workforce settings of the business in context: overtime limits, pay periods, the staffing threshold. */
@Service
public class WorkforceRules {

    private static final Set<String> PERIODS = Set.of("weekly", "biweekly", "monthly");

    private final SettingsRepository settings;

    WorkforceRules(SettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public WorkforceSettings get() {
        return settings.get();
    }

    /** Changes the settings named (null: as they are). */
    @Transactional
    public WorkforceSettings change(WorkforceSettings changes) {
        WorkforceSettings now = settings.get();
        WorkforceSettings next = new WorkforceSettings(
                hours(changes.overtimeDailyHours(), now.overtimeDailyHours(), "24", "overtime_daily_hours"),
                hours(changes.overtimeWeeklyHours(), now.overtimeWeeklyHours(), "168", "overtime_weekly_hours"),
                changes.payPeriod() == null ? now.payPeriod() : changes.payPeriod(),
                changes.payPeriodAnchor() == null ? now.payPeriodAnchor() : changes.payPeriodAnchor(),
                hours(changes.ordersPerStaffHour(), now.ordersPerStaffHour(), "9999", "orders_per_staff_hour"));
        if (!PERIODS.contains(next.payPeriod())) {
            throw new InvalidInput("pay_period must be one of weekly, biweekly, monthly").field("pay_period");
        }
        if (next.payPeriodAnchor().isBefore(LocalDate.of(2000, 1, 1)) || next.payPeriodAnchor().isAfter(LocalDate.of(2099, 12, 31))) {
            throw new InvalidInput("pay_period_anchor must be in the years 2000 to 2099").field("pay_period_anchor");
        }
        settings.save(TenantContext.require(), next);
        return settings.get();
    }

    private static BigDecimal hours(BigDecimal value, BigDecimal otherwise, String max, String field) {
        if (value == null) {
            return otherwise;
        }
        if (value.signum() <= 0 || value.compareTo(new BigDecimal(max)) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field + " must be more than 0 and at most " + max + ", with at most 2 decimals").field(field);
        }
        return value;
    }
}
