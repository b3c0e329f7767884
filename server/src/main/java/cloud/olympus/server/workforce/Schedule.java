package cloud.olympus.server.workforce;

import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.ShiftRepository;
import cloud.olympus.server.workforce.internal.StaffRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The planned schedule of the business in context: shifts, open shifts and their claims, templates, copying a week. */
@Service
public class Schedule {

    /** Shifts are planned from this day on and before {@link #LATEST}: a year 1900 is a typing slip, not a plan. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    static final Duration LONGEST_SHIFT = Duration.ofHours(24);
    static final Duration LONGEST_LISTING = Duration.ofDays(93);
    private static final int MAX_WEEKS_COPIED = 104;

    private final ShiftRepository shifts;
    private final StaffRepository staff;
    private final StaffRoles roles;
    private final StaffDirectory directory;
    private final Tenants tenants;

    Schedule(ShiftRepository shifts, StaffRepository staff, StaffRoles roles, StaffDirectory directory, Tenants tenants) {
        this.shifts = shifts;
        this.staff = staff;
        this.roles = roles;
        this.directory = directory;
        this.tenants = tenants;
    }

    /** Shifts overlapping from {@code from} up to {@code to}, at most 93 days. */
    @Transactional(readOnly = true)
    public List<Shift> list(Instant from, Instant to, UUID locationId, UUID staffId, boolean openOnly) {
        checkWindow(from, to);
        return shifts.list(from, to, locationId, staffId, openOnly);
    }

    @Transactional(readOnly = true)
    public Shift get(UUID id) {
        return shifts.find(id).orElseThrow(() -> new NotFound("Shift"));
    }

    /** Plans a shift; one for a person who already works part of its time is refused (409). */
    @Transactional
    public Shift create(Shift draft) {
        roles.ensureDefaults();
        Shift shift = checked(new Shift(UUID.randomUUID(), draft.locationId(), draft.staffId(), draft.staffRole(), draft.startsAt(),
                draft.endsAt(), draft.breakMinutes(), draft.templateId(), draft.note()));
        ensureFree(shift, null);
        shifts.insert(TenantContext.require(), shift);
        return get(shift.id());
    }

    /**
     * Changes a shift; {@code unassign} makes it open again. A shift moved onto a time its person
     * already works is refused (409): nobody works two shifts at once. A change that keeps the person
     * and the times (a note, a break) is never refused for that.
     */
    @Transactional
    public Shift update(UUID id, Shift changes, boolean unassign) {
        Shift now = get(id);
        Shift changed = checked(new Shift(id, or(changes.locationId(), now.locationId()),
                unassign ? null : or(changes.staffId(), now.staffId()), or(changes.staffRole(), now.staffRole()),
                or(changes.startsAt(), now.startsAt()), or(changes.endsAt(), now.endsAt()),
                changes.breakMinutes() < 0 ? now.breakMinutes() : changes.breakMinutes(), now.templateId(),
                changes.note() == null ? now.note() : changes.note()));
        boolean movesPerson = !Objects.equals(changed.staffId(), now.staffId())
                || !changed.startsAt().equals(now.startsAt()) || !changed.endsAt().equals(now.endsAt());
        if (movesPerson) {
            ensureFree(changed, id);
        }
        shifts.update(changed);
        return get(id);
    }

    @Transactional
    public void delete(UUID id) {
        if (!shifts.delete(id)) {
            throw new NotFound("Shift");
        }
    }

    /**
     * The caller takes an open shift: they need an active staff profile with the shift's job, at its
     * place, and no other shift at that time. Taken already or double-booked: 409; two claiming at once: one gets it.
     */
    @Transactional
    public Shift claim(UUID id, Caller caller) {
        Shift shift = get(id);
        StaffMember me = staff.findByUser(caller.userId()).filter(StaffMember::active).orElseThrow(NoStaffProfile::new);
        if (!shift.isOpen()) {
            throw new Conflict("This shift is already taken");
        }
        if (!me.staffRole().equals(shift.staffRole())) {
            throw new NotAllowed("This shift is for " + shift.staffRole() + "; your job is " + me.staffRole())
                    .with("reason", "other_staff_role");
        }
        if (!me.worksAt(shift.locationId())) {
            throw new NotYourLocation();
        }
        ensureFree(new Shift(id, shift.locationId(), me.id(), shift.staffRole(), shift.startsAt(), shift.endsAt(),
                shift.breakMinutes(), shift.templateId(), shift.note()), id);
        if (!shifts.claim(id, me.id(), me.staffRole(), me.locationIds())) {
            throw new Conflict("This shift is already taken");
        }
        return get(id);
    }

    /**
     * Copies the shifts of a place starting in the week from {@code fromWeek} (7 days, in the business's
     * time zone) to the week starting {@code toWeek}, a whole number of weeks away. A shift already there
     * (same place, person, job and times) is not planned twice, so copying twice changes nothing. A copy
     * that would give someone two shifts at once refuses the whole copy (409).
     */
    @Transactional
    public List<Shift> copyWeek(LocalDate fromWeek, LocalDate toWeek, UUID locationId) {
        if (fromWeek == null || toWeek == null) {
            throw new InvalidInput("from_week and to_week are required").field(fromWeek == null ? "from_week" : "to_week");
        }
        long days = ChronoUnit.DAYS.between(fromWeek, toWeek);
        if (days == 0 || days % 7 != 0 || Math.abs(days / 7) > MAX_WEEKS_COPIED) {
            throw new InvalidInput("to_week must be a whole number of weeks (1 to " + MAX_WEEKS_COPIED
                    + ") before or after from_week").field("to_week");
        }
        directory.checkLocation(locationId, "location_id");
        ZoneId zone = zone();
        Instant from = fromWeek.atStartOfDay(zone).toInstant();
        Instant to = fromWeek.plusDays(7).atStartOfDay(zone).toInstant();
        checkBounds(from, "from_week");
        checkBounds(toWeek.plusDays(8).atStartOfDay(zone).toInstant(), "to_week");
        List<Shift> copied = new ArrayList<>();
        for (Shift s : shifts.list(from, to, locationId, null, false)) {
            if (s.startsAt().isBefore(from)) {
                continue;
            }
            Shift copy = new Shift(UUID.randomUUID(), s.locationId(), s.staffId(), s.staffRole(),
                    s.startsAt().atZone(zone).plusDays(days).toInstant(), s.endsAt().atZone(zone).plusDays(days).toInstant(),
                    s.breakMinutes(), s.templateId(), s.note());
            if (!shifts.existsLike(copy)) {
                ensureFree(copy, null);
                shifts.insert(TenantContext.require(), copy);
                copied.add(copy);
            }
        }
        return copied;
    }

    @Transactional(readOnly = true)
    public List<ShiftTemplate> templates() {
        return shifts.templates();
    }

    @Transactional
    public ShiftTemplate createTemplate(ShiftTemplate draft) {
        roles.ensureDefaults();
        String name = Input.trimmedOrNull(draft.name());
        if (name == null || name.length() > 100) {
            throw new InvalidInput("name must be 1 to 100 characters").field("name");
        }
        directory.checkLocation(draft.locationId(), "location_id");
        checkRole(draft.staffRole());
        if (draft.startTime() == null || draft.endTime() == null) {
            throw new InvalidInput("start_time and end_time are required").field(draft.startTime() == null ? "start_time" : "end_time");
        }
        Input.whole(draft.breakMinutes(), 0, 480, "break_minutes");
        if (shifts.templateNamed(name)) {
            throw new Conflict("A shift template with this name exists already").field("name");
        }
        ShiftTemplate template = new ShiftTemplate(UUID.randomUUID(), name, draft.locationId(), draft.staffRole(),
                draft.startTime(), draft.endTime(), draft.breakMinutes());
        shifts.insertTemplate(TenantContext.require(), template);
        return template;
    }

    /** Plans a shift from a template on a day (in the business's time zone), open or for a person. */
    @Transactional
    public Shift applyTemplate(UUID templateId, LocalDate date, UUID staffId) {
        ShiftTemplate t = shifts.template(templateId).orElseThrow(() -> new NotFound("Shift template"));
        if (date == null) {
            throw new InvalidInput("date is required").field("date");
        }
        ZoneId zone = zone();
        ZonedDateTime start = date.atTime(t.startTime()).atZone(zone);
        LocalDate endDay = t.endTime().isAfter(t.startTime()) ? date : date.plusDays(1);
        ZonedDateTime end = endDay.atTime(t.endTime()).atZone(zone);
        return create(new Shift(null, t.locationId(), staffId, t.staffRole(), start.toInstant(), end.toInstant(), t.breakMinutes(),
                t.id(), null));
    }

    private Shift checked(Shift s) {
        directory.checkLocation(s.locationId(), "location_id");
        checkRole(s.staffRole());
        if (s.staffId() != null) {
            StaffMember member = staff.find(s.staffId()).orElseThrow(() -> new NotFound("Staff member"));
            if (!member.active()) {
                throw new InvalidInput("staff_id is no longer active").field("staff_id");
            }
        }
        if (s.startsAt() == null || s.endsAt() == null) {
            throw new InvalidInput("starts_at and ends_at are required").field(s.startsAt() == null ? "starts_at" : "ends_at");
        }
        checkBounds(s.startsAt(), "starts_at");
        checkBounds(s.endsAt(), "ends_at");
        if (!s.endsAt().isAfter(s.startsAt()) || Duration.between(s.startsAt(), s.endsAt()).compareTo(LONGEST_SHIFT) > 0) {
            throw new InvalidInput("ends_at must be after starts_at, at most 24 hours later").field("ends_at");
        }
        Input.whole(s.breakMinutes(), 0, 480, "break_minutes");
        String note = Input.trimmedOrNull(s.note());
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note may be at most 500 characters").field("note");
        }
        return new Shift(s.id(), s.locationId(), s.staffId(), s.staffRole(), s.startsAt(), s.endsAt(), s.breakMinutes(),
                s.templateId(), note);
    }

    /**
     * Refuses (409) a shift whose person already works part of its time. The person's planning is
     * held until the change is saved, so two changes at once cannot both pass.
     */
    private void ensureFree(Shift s, UUID exceptId) {
        if (s.staffId() == null) {
            return;
        }
        shifts.lockPerson(s.staffId());
        if (shifts.overlaps(s.staffId(), s.startsAt(), s.endsAt(), exceptId)) {
            throw new Conflict("This person already has a shift at that time").field("starts_at")
                    .with("reason", "double_booked");
        }
    }

    private void checkRole(String code) {
        if (code == null || staff.roles().stream().noneMatch(r -> r.code().equals(code))) {
            throw new InvalidInput("staff_role must be one of this business's staff roles").field("staff_role");
        }
    }

    static void checkBounds(Instant at, String field) {
        if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw new InvalidInput(field + " must be in the years 2000 to 2099").field(field);
        }
    }

    static void checkWindow(Instant from, Instant to) {
        checkBounds(from, "from");
        checkBounds(to, "to");
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST_LISTING) > 0) {
            throw new InvalidInput("from must be before to, at most 93 days apart").field("to");
        }
    }

    private ZoneId zone() {
        return tenants.settingsOf(TenantContext.require()).zone();
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
