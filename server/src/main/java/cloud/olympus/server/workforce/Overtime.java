package cloud.olympus.server.workforce;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which worked minutes are overtime: those beyond the daily hours in an entry's day, and, of the rest,
 * those beyond the weekly hours in its week (a week starts on the pay period anchor's weekday), in the
 * business's time zone. Minutes are counted in clock-in order, so the entries that run past a limit
 * carry the overtime.
 */
public record Overtime(ZoneId zone, long dailyMinutes, long weeklyMinutes, DayOfWeek weekStart) {

    public static Overtime of(WorkforceSettings settings, ZoneId zone) {
        return new Overtime(zone, minutes(settings.overtimeDailyHours()), minutes(settings.overtimeWeeklyHours()),
                settings.payPeriodAnchor().getDayOfWeek());
    }

    /** The first day of the week {@code day} falls in. */
    public LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The overtime minutes of each entry; {@code entries} must hold every entry of each person's weeks concerned. */
    public Map<UUID, Long> allocate(List<TimeEntry> entries, Instant now) {
        Map<UUID, Long> overtime = new HashMap<>();
        Map<String, Long> dayWorked = new HashMap<>();
        Map<String, Long> weekRegular = new HashMap<>();
        for (TimeEntry e : entries.stream().sorted(Comparator.comparing(TimeEntry::clockIn).thenComparing(TimeEntry::id)).toList()) {
            long worked = e.workedMinutes(now);
            LocalDate day = dayOf(e.clockIn());
            String dayKey = e.staffId() + "/" + day;
            String weekKey = e.staffId() + "/" + weekOf(day);
            long dayBefore = dayWorked.getOrDefault(dayKey, 0L);
            long daily = beyond(dayBefore + worked, dailyMinutes) - beyond(dayBefore, dailyMinutes);
            long regular = worked - daily;
            long weekBefore = weekRegular.getOrDefault(weekKey, 0L);
            long weekly = beyond(weekBefore + regular, weeklyMinutes) - beyond(weekBefore, weeklyMinutes);
            dayWorked.put(dayKey, dayBefore + worked);
            weekRegular.put(weekKey, weekBefore + regular);
            overtime.put(e.id(), daily + weekly);
        }
        return overtime;
    }

    private static long beyond(long minutes, long limit) {
        return Math.max(0, minutes - limit);
    }

    private static long minutes(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(60)).longValue();
    }
}
