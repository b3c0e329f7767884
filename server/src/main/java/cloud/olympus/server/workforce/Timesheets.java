package cloud.olympus.server.workforce;

import cloud.olympus.model.Csv;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.SettingsRepository;
import cloud.olympus.server.workforce.internal.StaffRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timesheets per pay period: for each person, hours worked (regular and overtime), hours on breaks,
 * gross pay ({@code rate × regular + }{@link WorkforceSettings#OVERTIME_MULTIPLIER}{@code × rate × overtime}),
 * entries and corrected entries. Entries still open are left out of the hours and counted apart.
 */
@Service
public class Timesheets {

    /**
     * One person's line of a timesheet; {@code approved} when every closed entry of theirs is
     * approved, {@code approvedEntries} how many are.
     */
    public record Line(UUID staffId, String name, String email, String staffRole, BigDecimal hourlyRate, BigDecimal regularHours,
                       BigDecimal overtimeHours, BigDecimal breakHours, BigDecimal grossPay, int entries, int correctedEntries,
                       int openEntries, boolean overtime, int approvedEntries, boolean approved) {
    }

    /** The timesheet of one pay period, from {@code periodStart} up to {@code periodEnd}. */
    public record Sheet(LocalDate periodStart, LocalDate periodEnd, String payPeriod, List<Line> lines, BigDecimal totalGrossPay) {
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final TimeClock timeClock;
    private final StaffRepository staff;
    private final SettingsRepository settings;
    private final Tenants tenants;
    private final Clock clock;

    Timesheets(TimeClock timeClock, StaffRepository staff, SettingsRepository settings, Tenants tenants, Clock clock) {
        this.timeClock = timeClock;
        this.staff = staff;
        this.settings = settings;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The timesheet of the pay period starting {@code periodStart}, or of the current one when null. */
    @Transactional(readOnly = true)
    public Sheet of(LocalDate periodStart) {
        WorkforceSettings rules = settings.get();
        var tenant = tenants.settingsOf(TenantContext.require());
        ZoneId zone = tenant.zone();
        LocalDate start = periodStart == null ? periodContaining(rules, clock.instant().atZone(zone).toLocalDate()) : periodStart;
        if (start.isBefore(LocalDate.of(2000, 1, 1)) || start.isAfter(LocalDate.of(2099, 1, 1))) {
            throw new InvalidInput("period_start must be in the years 2000 to 2098").field("period_start");
        }
        if (!periodContaining(rules, start).equals(start)) {
            throw new InvalidInput("period_start must be the first day of a pay period (" + rules.payPeriod() + " from "
                    + rules.payPeriodAnchor() + "), such as " + periodContaining(rules, start)).field("period_start");
        }
        LocalDate end = next(rules, start);
        int scale = tenant.scale();
        List<Line> lines = lines(start, end, zone, scale);
        BigDecimal total = lines.stream().map(Line::grossPay).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
        return new Sheet(start, end, rules.payPeriod(), lines, total);
    }

    /**
     * The timesheet of any run of days, from {@code from} up to and including {@code to} (at most 93
     * days), on the business's clock: what a report of hours and labour cost shows. Overtime is
     * counted over the whole weeks the days fall in, as on a pay period's sheet.
     */
    @Transactional(readOnly = true)
    public Sheet between(LocalDate from, LocalDate to) {
        WorkforceSettings rules = settings.get();
        var tenant = tenants.settingsOf(TenantContext.require());
        ZoneId zone = tenant.zone();
        Schedule.checkWindow(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        int scale = tenant.scale();
        List<Line> lines = lines(from, to.plusDays(1), zone, scale);
        BigDecimal total = lines.stream().map(Line::grossPay).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
        return new Sheet(from, to.plusDays(1), rules.payPeriod(), lines, total);
    }

    /** One line per person who clocked in from {@code start} up to {@code end}, by name. */
    private List<Line> lines(LocalDate start, LocalDate end, ZoneId zone, int scale) {
        Map<UUID, List<TimeClock.Counted>> byPerson = new LinkedHashMap<>();
        for (TimeClock.Counted c : timeClock.counted(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(), null)) {
            byPerson.computeIfAbsent(c.entry().staffId(), k -> new ArrayList<>()).add(c);
        }
        List<Line> lines = new ArrayList<>();
        for (StaffMember m : staff.staff(true)) {
            List<TimeClock.Counted> mine = byPerson.getOrDefault(m.id(), List.of());
            if (mine.isEmpty()) {
                continue;
            }
            long worked = 0;
            long over = 0;
            long breaks = 0;
            int corrected = 0;
            int open = 0;
            int approved = 0;
            for (TimeClock.Counted c : mine) {
                if (c.entry().isOpen()) {
                    open++;
                    continue;
                }
                worked += c.workedMinutes();
                over += c.overtimeMinutes();
                breaks += c.breakMinutes();
                corrected += c.entry().corrected() ? 1 : 0;
                approved += c.entry().approved() ? 1 : 0;
            }
            long regular = worked - over;
            BigDecimal rate = m.hourlyRate();
            BigDecimal pay = rate.multiply(BigDecimal.valueOf(regular))
                    .add(rate.multiply(WorkforceSettings.OVERTIME_MULTIPLIER).multiply(BigDecimal.valueOf(over)))
                    .divide(SIXTY, scale, RoundingMode.HALF_UP);
            lines.add(new Line(m.id(), m.displayName() == null ? m.email() : m.displayName(), m.email(), m.staffRole(), rate,
                    hours(regular), hours(over), hours(breaks), pay, mine.size(), corrected, open, over > 0, approved,
                    approved > 0 && approved == mine.size() - open));
        }
        lines.sort(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Line::staffId));
        return lines;
    }

    /** The first day of the pay period {@code day} falls in. */
    static LocalDate periodContaining(WorkforceSettings rules, LocalDate day) {
        LocalDate anchor = rules.payPeriodAnchor();
        return switch (rules.payPeriod()) {
            case "monthly" -> {
                long months = ChronoUnit.MONTHS.between(anchor, day);
                LocalDate start = anchor.plusMonths(months);
                yield start.isAfter(day) ? anchor.plusMonths(months - 1) : start;
            }
            case "biweekly" -> anchor.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), 14) * 14);
            default -> anchor.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), 7) * 7);
        };
    }

    static LocalDate next(WorkforceSettings rules, LocalDate start) {
        return switch (rules.payPeriod()) {
            case "monthly" -> rules.payPeriodAnchor().plusMonths(ChronoUnit.MONTHS.between(rules.payPeriodAnchor(), start) + 1);
            case "biweekly" -> start.plusDays(14);
            default -> start.plusDays(7);
        };
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /**
     * The sheet as CSV ({@link Csv}: RFC 4180, and no name a spreadsheet would take for a formula): a
     * header row, then one row per person.
     */
    public static String csv(Sheet sheet) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("period_start", "period_end", "staff_id", "name", "email", "staff_role",
                "hourly_rate", "regular_hours", "overtime_hours", "break_hours", "gross_pay", "entries", "corrected_entries",
                "open_entries", "approved_entries")));
        for (Line l : sheet.lines()) {
            out.append(Csv.line(List.of(sheet.periodStart().toString(), sheet.periodEnd().toString(), l.staffId().toString(), l.name(),
                    l.email() == null ? "" : l.email(), l.staffRole(), l.hourlyRate(), l.regularHours(), l.overtimeHours(),
                    l.breakHours(), l.grossPay(), l.entries(), l.correctedEntries(), l.openEntries(), l.approvedEntries())));
        }
        return out.toString();
    }
}
