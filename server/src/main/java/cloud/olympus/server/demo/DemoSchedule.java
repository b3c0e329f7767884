package cloud.olympus.server.demo;

import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.workforce.Shift;
import cloud.olympus.server.workforce.TimeEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Plans and clocks a business's past to match its past orders, and plans its week ahead: each
 * hour it takes orders has at least the fewest people it opens with, and as many as the orders of
 * the hour need by its staffing rule (more at the lunch and dinner peaks), in shifts of a usual
 * length, with breaks, people clocking in a few minutes early and out a few late, now and then
 * well late (overtime). A restaurant's dinner peak on two days is left one person short, on
 * purpose, so the staffing check has something to find. Deterministic for a given seed.
 */
final class DemoSchedule {

    /** Someone on the staff, by their profile, with their job. */
    record Person(UUID staffId, String staffRole) {
    }

    /** A manager's correction to make once the entries are stored. */
    record Correction(UUID entryId, Instant clockIn, Instant clockOut, String reason) {
    }

    record Result(List<Shift> shifts, List<TimeEntry> entries, List<Shift> openShifts, List<Instant> shortHours) {
    }

    private static final int UNCAPPED = Integer.MAX_VALUE;

    private final Industry industry;
    private final ZoneId zone;
    private final UUID place;
    private final List<Person> people;
    private final BigDecimal threshold;
    private final Random random;
    private final boolean[] openHours;
    private final List<String> rota;
    private final Map<UUID, Set<LocalDate>> worked = new HashMap<>();

    DemoSchedule(Industry industry, ZoneId zone, UUID place, List<Person> people, long seed) {
        this.industry = industry;
        this.zone = zone;
        this.place = place;
        this.people = people;
        this.threshold = DemoStaff.ordersPerStaffHour(industry);
        this.random = new Random(seed);
        this.openHours = DemoHistory.openHours(industry);
        this.rota = DemoStaff.rota(industry);
        people.forEach(p -> worked.put(p.staffId(), new HashSet<>()));
    }

    /** The schedule and time clock of the {@code days} before {@code today}, and the plan from today for a week. */
    Result generate(List<Order> orders, LocalDate today, int days, Instant now) {
        Map<LocalDateTime, Integer> perHour = new HashMap<>();
        for (Order order : orders) {
            if (order.status() == OrderStatus.COMPLETED) {
                perHour.merge(LocalDateTime.ofInstant(order.createdAt(), zone).truncatedTo(ChronoUnit.HOURS), 1, Integer::sum);
            }
        }
        Map<LocalDate, Integer> shortHour = shortHours(perHour, today, days);
        List<Shift> shifts = new ArrayList<>();
        List<TimeEntry> entries = new ArrayList<>();
        List<Instant> shortHours = new ArrayList<>();
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            int[] ordered = new int[24];
            for (int h = 0; h < 24; h++) {
                ordered[h] = perHour.getOrDefault(day.atTime(h, 0), 0);
            }
            int[] cap = new int[24];
            Arrays.fill(cap, UNCAPPED);
            int[] need = need(day, ordered);
            Integer peak = shortHour.get(day);
            if (peak != null) {
                need[peak] -= 1;
                cap[peak] = need[peak];
                shortHours.add(hourAt(day, peak));
            }
            for (Shift shift : plan(day, need, cap)) {
                shifts.add(shift);
                entries.add(clock(shift, cap, day, now));
            }
        }
        for (LocalDate day = today; !day.isAfter(today.plusDays(7)); day = day.plusDays(1)) {
            int[] expected = new int[24];
            for (int h = 0; h < 24; h++) {
                int sum = 0;
                for (int week = 1; week <= 4; week++) {
                    sum += perHour.getOrDefault(day.minusWeeks(week).atTime(h, 0), 0);
                }
                // The staffing check expects a quarter of the four weeks' orders; plan for the whole of it.
                expected[h] = (sum + 3) / 4;
            }
            int[] cap = new int[24];
            Arrays.fill(cap, UNCAPPED);
            shifts.addAll(plan(day, need(day, expected), cap));
        }
        return new Result(shifts, entries, openShifts(today), shortHours);
    }

    /** People each hour of the day needs: the fewest while open, more as the orders need by the staffing rule. */
    private int[] need(LocalDate day, int[] orders) {
        int[] need = new int[24];
        boolean open = DemoHistory.opensOn(industry, day.getDayOfWeek());
        for (int h = 0; h < 24; h++) {
            int byOrders = BigDecimal.valueOf(orders[h]).divide(threshold, 0, RoundingMode.CEILING).intValue();
            need[h] = Math.max(open && openHours[h] ? DemoStaff.minimumOnShift() : 0, byOrders);
        }
        return need;
    }

    /**
     * The restaurant's hour left short on a day: the busiest dinner hour that needs two people or
     * more, on the last two Saturdays (or, in a shorter past, its two busiest days).
     */
    private Map<LocalDate, Integer> shortHours(Map<LocalDateTime, Integer> perHour, LocalDate today, int days) {
        Map<LocalDate, Integer> chosen = new HashMap<>();
        if (industry != Industry.RESTAURANT) {
            return chosen;
        }
        List<LocalDate> past = new ArrayList<>();
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            past.add(day);
        }
        List<LocalDate> saturdays = past.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY)
                .sorted(Comparator.reverseOrder()).toList();
        List<LocalDate> days2 = saturdays.size() >= 2 ? saturdays.subList(0, 2) : past.stream()
                .sorted(Comparator.comparing((LocalDate d) -> dayOrders(perHour, d)).reversed().thenComparing(Comparator.reverseOrder()))
                .limit(2).toList();
        for (LocalDate day : days2) {
            int best = -1;
            for (int h = 17; h < 24; h++) {
                int orders = perHour.getOrDefault(day.atTime(h, 0), 0);
                if (BigDecimal.valueOf(orders).compareTo(threshold) > 0
                        && (best < 0 || orders > perHour.getOrDefault(day.atTime(best, 0), 0))) {
                    best = h;
                }
            }
            if (best >= 0) {
                chosen.put(day, best);
            }
        }
        return chosen;
    }

    private static int dayOrders(Map<LocalDateTime, Integer> perHour, LocalDate day) {
        int sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += perHour.getOrDefault(day.atTime(h, 0), 0);
        }
        return sum;
    }

    /**
     * Shifts covering the day's needs, hour by hour: whoever is missing starts a shift of the usual
     * length (to closing when little would be left after it), ending early rather than running
     * into an hour already as full as it may be.
     */
    private List<Shift> plan(LocalDate day, int[] need, int[] cap) {
        int close = 0;
        for (int h = 0; h < 24; h++) {
            if (need[h] > 0) {
                close = h + 1;
            }
        }
        int length = DemoStaff.shiftHours(industry);
        int[] cover = new int[24];
        List<Shift> shifts = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            while (cover[h] < need[h]) {
                int end = Math.min(h + length, close);
                if (close - end <= 2 && close - h <= length + 2) {
                    end = close;
                }
                for (int q = h + 1; q < end; q++) {
                    if (cover[q] >= cap[q]) {
                        end = q;
                        break;
                    }
                }
                String job = rota.get(cover[h] % rota.size());
                Person person = pick(day, job);
                for (int q = h; q < end; q++) {
                    cover[q]++;
                }
                if (person == null) {
                    continue;
                }
                int hours = end - h;
                shifts.add(new Shift(DemoHistory.uuid(random), place, person.staffId(), person.staffRole(), hourAt(day, h),
                        hourAt(day, end), hours >= 6 ? 30 : hours >= 4 ? 15 : 0, null, null));
            }
        }
        return shifts;
    }

    /** Someone off that day, of the job if possible, who has worked the fewest days of the week before. */
    private Person pick(LocalDate day, String job) {
        Person best = null;
        long bestScore = Long.MAX_VALUE;
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            Set<LocalDate> days = worked.get(p.staffId());
            if (days.contains(day)) {
                continue;
            }
            long week = days.stream().filter(d -> d.isBefore(day) && !d.isBefore(day.minusDays(6))).count();
            long score = (p.staffRole().equals(job) ? 0 : 1_000) + (week >= 5 ? 100 : 0) + week * 10
                    + Math.floorMod(i + day.toEpochDay(), people.size());
            if (score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        if (best != null) {
            worked.get(best.staffId()).add(day);
        }
        return best;
    }

    /**
     * The entry of a worked shift: in a few minutes early, out a few late or, now and then, well late;
     * never into an hour left short on purpose, and never after {@code now}.
     */
    private TimeEntry clock(Shift shift, int[] cap, LocalDate day, Instant now) {
        int startHour = shift.startsAt().atZone(zone).getHour();
        java.time.ZonedDateTime end = shift.endsAt().atZone(zone);
        int endHour = end.getHour() + (end.toLocalDate().isAfter(day) ? 24 : 0);
        boolean shortBefore = startHour > 0 && cap[startHour - 1] != UNCAPPED;
        boolean shortAfter = endHour < 24 && cap[endHour] != UNCAPPED;
        Instant in = shift.startsAt().minus(Duration.ofMinutes(shortBefore ? 0 : random.nextInt(9)));
        int late = random.nextInt(100) < 4 ? 40 + random.nextInt(55) : random.nextInt(7);
        boolean shortLater = endHour + 1 < 24 && cap[endHour + 1] != UNCAPPED;
        Instant out = shift.endsAt().plus(Duration.ofMinutes(shortAfter || shortLater ? 0 : late));
        if (out.isAfter(now)) {
            out = now.minusSeconds(60);
        }
        List<TimeEntry.Break> breaks = new ArrayList<>();
        if (shift.breakMinutes() > 0) {
            Instant middle = shift.startsAt().plus(Duration.between(shift.startsAt(), shift.endsAt()).dividedBy(2))
                    .plus(Duration.ofMinutes(random.nextInt(21) - 10));
            breaks.add(new TimeEntry.Break(middle, middle.plus(Duration.ofMinutes(shift.breakMinutes() + random.nextInt(4)))));
        }
        return new TimeEntry(DemoHistory.uuid(random), shift.staffId(), place, shift.id(), in, out, breaks, false,
                random.nextInt(5) == 0 ? "watch" : "till", null);
    }

    /**
     * Two fixes a manager made lately, not to their own entries: someone who stayed clocked in past
     * the end of their shift, and someone who clocked in before theirs; each set to the shift's time.
     */
    static List<Correction> corrections(Result result, UUID manager) {
        Map<UUID, Shift> byId = new HashMap<>();
        result.shifts().forEach(s -> byId.put(s.id(), s));
        Correction out = null;
        Correction in = null;
        for (int i = result.entries().size() - 1; i >= 0 && (out == null || in == null); i--) {
            TimeEntry e = result.entries().get(i);
            Shift s = byId.get(e.shiftId());
            if (e.staffId().equals(manager)) {
                continue;
            }
            if (out == null && Duration.between(s.endsAt(), e.clockOut()).toMinutes() >= 3) {
                out = new Correction(e.id(), null, s.endsAt(), "Forgot to clock out after closing; left when the shift ended");
            } else if (in == null && Duration.between(e.clockIn(), s.startsAt()).toMinutes() >= 3) {
                in = new Correction(e.id(), s.startsAt(), null, "Clocked in on arrival, started work when the shift began");
            }
        }
        return java.util.stream.Stream.of(out, in).filter(java.util.Objects::nonNull).toList();
    }

    /** Shifts nobody has yet in the week ahead, on top of the plan, for anyone with the job to take. */
    private List<Shift> openShifts(LocalDate today) {
        int from = switch (industry) {
            case RESTAURANT -> 17;
            case RETAIL, SALON -> 12;
            case HOSPITALITY -> 7;
        };
        String job = rota.get(1);
        List<Shift> open = new ArrayList<>();
        for (int offset : new int[]{2, 4, 5}) {
            LocalDate day = today.plusDays(offset);
            if (!DemoHistory.opensOn(industry, day.getDayOfWeek())) {
                continue;
            }
            open.add(new Shift(null, place, null, job, hourAt(day, from), hourAt(day, from + 6), 15, null,
                    "Extra hand for a busy " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                            java.util.Locale.ENGLISH)));
        }
        return open;
    }

    /** The start of an hour of the day on the business's clock; 24 is midnight after it. */
    private Instant hourAt(LocalDate day, int hour) {
        return day.plusDays(hour / 24).atTime(hour % 24, 0).atZone(zone).toInstant();
    }
}
