package cloud.olympus.server.workforce;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.SettingsRepository;
import cloud.olympus.server.workforce.internal.ShiftRepository;
import cloud.olympus.server.workforce.internal.StaffRepository;
import cloud.olympus.server.workforce.internal.TimeEntryRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time clock of the business in context: people clock in at one of their places, take breaks and
 * clock out; managers correct entries, with a reason, never their own.
 */
@Service
public class TimeClock {

    /** Where a clock-in came from. */
    public static final Set<String> SOURCES = Set.of("till", "watch", "tablet", "console");

    /**
     * One person's entries of a run of days, approved or with the approval withdrawn: how many changed,
     * how many are still open, and how many closed ones were left as they were (not among those named).
     */
    public record Approval(UUID staffId, LocalDate from, LocalDate to, boolean approved, int changedEntries, int openEntries,
                           int leftEntries, UUID by, Instant at) {
    }

    /** What the clock shows a person now: off, working or on a break, with the open entry. */
    public record Status(String state, TimeEntry entry, long workedMinutes, long breakMinutes, long overtimeMinutes) {
    }

    /** An entry with its minutes worked, on breaks and of overtime, as of now. */
    public record Counted(TimeEntry entry, long workedMinutes, long breakMinutes, long overtimeMinutes) {
    }

    private final TimeEntryRepository entries;
    private final StaffRepository staff;
    private final ShiftRepository shifts;
    private final SettingsRepository settings;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeClock(TimeEntryRepository entries, StaffRepository staff, ShiftRepository shifts, SettingsRepository settings,
              Tenants tenants, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.staff = staff;
        this.shifts = shifts;
        this.settings = settings;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Status current(Caller caller) {
        StaffMember me = profile(caller);
        return status(entries.openNow(me.id()));
    }

    /**
     * Clocks the caller in at {@code locationId}: by default the place of their shift now, else their
     * only place. Refused outside their places and without an active profile; a second open entry is
     * refused by the database (409).
     */
    @Transactional
    public Status clockIn(Caller caller, UUID locationId, String source, UUID deviceId) {
        StaffMember me = profile(caller);
        Instant now = clock.instant();
        UUID location = locationId != null ? locationId : defaultLocation(me, now);
        if (!me.worksAt(location)) {
            throw new NotYourLocation();
        }
        UUID id = UUID.randomUUID();
        UUID shift = shifts.shiftAt(me.id(), location, now).orElse(null);
        entries.clockIn(TenantContext.require(), id, me.id(), location, shift, now,
                source != null && SOURCES.contains(source) ? source : "console", deviceId);
        punched(me, id, location, "clocked_in", now);
        return status(entries.find(id));
    }

    /** Starts ({@code start}) or ends ({@code end}) a break of the caller's open entry. */
    @Transactional
    public Status takeBreak(Caller caller, String action) {
        StaffMember me = profile(caller);
        TimeEntry open = entries.open(me.id()).orElseThrow(() -> new Conflict("You are not clocked in"));
        Instant now = clock.instant();
        if ("start".equals(action)) {
            entries.startBreak(TenantContext.require(), open.id(), now);
            punched(me, open.id(), open.locationId(), "break_started", now);
        } else if ("end".equals(action)) {
            if (!entries.endBreak(open.id(), now)) {
                throw new Conflict("You are not on a break");
            }
            punched(me, open.id(), open.locationId(), "break_ended", now);
        } else {
            throw new InvalidInput("action must be one of start, end").field("action");
        }
        return status(entries.find(open.id()));
    }

    /** Clocks the caller out, ending a break they are on. */
    @Transactional
    public Status clockOut(Caller caller) {
        StaffMember me = profile(caller);
        TimeEntry open = entries.open(me.id()).orElseThrow(() -> new Conflict("You are not clocked in"));
        Instant now = clock.instant();
        if (Duration.between(open.clockIn(), now).compareTo(Schedule.LONGEST_SHIFT) > 0) {
            throw new Conflict("This entry has been open for more than 24 hours; a manager corrects it");
        }
        entries.endBreak(open.id(), now);
        entries.clockOut(open.id(), now);
        punched(me, open.id(), open.locationId(), "clocked_out", now);
        return status(Optional.empty());
    }

    /**
     * Entries clocked in within from {@code from} up to {@code to} (at most 93 days): of {@code staffId}, or of everyone
     * when null. Those of others need {@link Permission#TIME_CORRECT}; without it the caller sees their own.
     */
    @Transactional(readOnly = true)
    public List<Counted> list(Caller caller, UUID staffId, Instant from, Instant to) {
        Schedule.checkWindow(from, to);
        UUID who = staffId;
        if (!caller.may(Permission.TIME_CORRECT)) {
            Optional<StaffMember> me = staff.findByUser(caller.userId());
            if (me.isEmpty()) {
                return List.of();
            }
            UUID mine = me.get().id();
            if (who != null && !who.equals(mine)) {
                throw new NotAllowed("Seeing another person's time entries needs the permission time_correct");
            }
            who = mine;
        } else if (who != null) {
            staff.find(who).orElseThrow(() -> new NotFound("Staff member"));
        }
        return counted(from, to, who);
    }

    /** Entries within from {@code from} up to {@code to} with their overtime, counted over the whole weeks they fall in. */
    List<Counted> counted(Instant from, Instant to, UUID staffId) {
        Overtime overtime = overtime();
        ZoneId zone = overtime.zone();
        Instant weeksFrom = overtime.weekOf(overtime.dayOf(from)).atStartOfDay(zone).toInstant();
        LocalDate lastDay = overtime.dayOf(to.minusNanos(1));
        Instant weeksTo = overtime.weekOf(lastDay).plusDays(7).atStartOfDay(zone).toInstant();
        List<TimeEntry> all = entries.between(weeksFrom, weeksTo, staffId);
        Instant now = clock.instant();
        Map<UUID, Long> over = overtime.allocate(all, now);
        return all.stream().filter(e -> !e.clockIn().isBefore(from) && e.clockIn().isBefore(to))
                .map(e -> new Counted(e, e.workedMinutes(now), e.breakMinutes(now), over.getOrDefault(e.id(), 0L))).toList();
    }

    Overtime overtime() {
        return Overtime.of(settings.get(), tenants.settingsOf(TenantContext.require()).zone());
    }

    /**
     * Approves ({@code approve}) or withdraws the approval of one person's closed entries clocked in
     * from {@code from} up to and including {@code to}, days on the business's clock (at most 93).
     * Entries still open are left as they are and counted. With {@code only} (null: all), only those
     * entries change: the ones the manager saw, not one closed since; the closed entries
     * left as they were are counted. Nobody approves their own time. Only a change is announced (and
     * audited).
     */
    @Transactional
    public Approval approve(Caller caller, UUID staffId, LocalDate from, LocalDate to, boolean approve,
                            Collection<UUID> only) {
        StaffMember person = staff.find(staffId).orElseThrow(() -> new NotFound("Staff member"));
        if (person.userId().equals(caller.userId())) {
            throw new NotAllowed("Nobody approves their own time; ask another manager").with("reason", "own_entry");
        }
        ZoneId zone = tenants.settingsOf(TenantContext.require()).zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Schedule.checkWindow(start, end);
        int changed = entries.approve(staffId, start, end, approve ? caller.userId() : null, only);
        int open = entries.countOpen(staffId, start, end);
        int left = entries.countClosed(staffId, start, end, !approve);
        Instant now = clock.instant();
        if (changed > 0) {
            events.publishEvent(new TimesheetApproved(TenantContext.require(), staffId, from, to, approve, changed, caller.userId(),
                    now, caller.deviceId()));
        }
        return new Approval(staffId, from, to, approve, changed, open, left, caller.userId(), now);
    }

    /**
     * A manager's correction of an entry's times, with a reason (required). Nobody corrects their own
     * entry. The entry is marked corrected, the correction kept with the times before and after.
     */
    @Transactional
    public Counted correct(Caller caller, UUID id, Instant clockIn, Instant clockOut, String reason) {
        TimeEntry entry = entries.findForUpdate(id).orElseThrow(() -> new NotFound("Time entry"));
        StaffMember person = staff.find(entry.staffId()).orElseThrow(() -> new NotFound("Time entry"));
        if (person.userId().equals(caller.userId())) {
            throw new NotAllowed("Nobody corrects their own time entry; ask another manager").with("reason", "own_entry");
        }
        if (entry.approved()) {
            throw new Conflict("This time entry is approved; withdraw the approval of its days before correcting it")
                    .with("reason", "approved");
        }
        String why = Input.trimmedOrNull(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInput("reason is required, at most 500 characters").field("reason");
        }
        if (clockIn == null && clockOut == null) {
            throw new InvalidInput("clock_in or clock_out is required").field("clock_in");
        }
        Instant in = clockIn == null ? entry.clockIn() : clockIn;
        Instant out = clockOut == null ? entry.clockOut() : clockOut;
        Schedule.checkBounds(in, "clock_in");
        if (out != null) {
            Schedule.checkBounds(out, "clock_out");
            if (out.isBefore(in) || Duration.between(in, out).compareTo(Schedule.LONGEST_SHIFT) > 0) {
                throw new InvalidInput("clock_out must be after clock_in, at most 24 hours later").field("clock_out");
            }
            if (out.isAfter(clock.instant())) {
                throw new InvalidInput("clock_out may not be in the future").field("clock_out");
            }
            entries.endBreak(id, out);
        }
        if (in.isAfter(clock.instant())) {
            throw new InvalidInput("clock_in may not be in the future").field("clock_in");
        }
        Map<String, Object> before = times(entry.clockIn(), entry.clockOut());
        Map<String, Object> after = times(in, out);
        entries.correct(TenantContext.require(), id, in, out, caller.userId(), why, before, after);
        events.publishEvent(new TimeEntryCorrected(TenantContext.require(), id, entry.staffId(), caller.userId(), before, after, why,
                clock.instant(), caller.deviceId()));
        TimeEntry now = entries.find(id).orElseThrow();
        LocalDate day = overtime().dayOf(now.clockIn());
        ZoneId zone = overtime().zone();
        return counted(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), now.staffId()).stream()
                .filter(c -> c.entry().id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Object> times(Instant in, Instant out) {
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("clock_in", in.toString());
        times.put("clock_out", out == null ? null : out.toString());
        return times;
    }

    private StaffMember profile(Caller caller) {
        return staff.findByUser(caller.userId()).filter(StaffMember::active).orElseThrow(NoStaffProfile::new);
    }

    private UUID defaultLocation(StaffMember me, Instant now) {
        for (UUID place : me.locationIds()) {
            Optional<UUID> shift = shifts.shiftAt(me.id(), place, now);
            if (shift.isPresent()) {
                return place;
            }
        }
        if (me.locationIds().size() == 1) {
            return me.locationIds().get(0);
        }
        throw new InvalidInput("location_id is required: you work at several places and have no shift now").field("location_id");
    }

    private Status status(Optional<TimeEntry> open) {
        if (open.isEmpty() || !open.get().isOpen()) {
            return new Status("off", null, 0, 0, 0);
        }
        TimeEntry e = open.get();
        Instant now = clock.instant();
        LocalDate day = overtime().dayOf(e.clockIn());
        ZoneId zone = overtime().zone();
        long over = counted(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), e.staffId()).stream()
                .filter(c -> c.entry().id().equals(e.id())).mapToLong(Counted::overtimeMinutes).findFirst().orElse(0);
        return new Status(e.onBreak() ? "on_break" : "working", e, e.workedMinutes(now), e.breakMinutes(now), over);
    }

    private void punched(StaffMember me, UUID entryId, UUID location, String action, Instant at) {
        events.publishEvent(new TimeClockPunched(TenantContext.require(), entryId, me.id(), me.userId(), location, action, at));
    }
}
