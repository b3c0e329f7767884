package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A week of the schedule: a row for each active person (and one for open shifts), a column for each
 * day. A shift moves to another day or person by dragging it or with the keyboard, and to the open
 * shifts to take its person off it; the server checks the move, and what it refuses (a clash with the
 * person's other shift, a job they do not have) is said and the shift stays where it was. New shifts
 * are planned with {@link #newShift} and its {@link ScheduleForm}; a shift no longer needed is removed.
 */
public final class ScheduleViewModel {

    private final WorkforceAdmin workforce;
    private final WeekShown week;
    private final ZoneId zone;
    private final ObservableList<StaffMember> people = FXCollections.observableArrayList();
    private final ObservableList<Shift> shifts = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> peopleView = FXCollections.unmodifiableObservableList(people);
    private final ObservableList<Shift> shiftsView = FXCollections.unmodifiableObservableList(shifts);
    private final ReadOnlyObjectWrapper<Shift> selected = new ReadOnlyObjectWrapper<>();
    private final FormState form;
    private final java.util.Map<String, String> roleNames = new java.util.HashMap<>();
    private final Supplier<List<Place>> places;
    private final ScheduleForm newShift;
    private final LocalDate today;

    /**
     * @param business the business's own id, where a shift is planned when it has no other places
     * @param places   the business's locations (none for a business on its own), for the place of a new shift
     */
    public ScheduleViewModel(WorkforceAdmin workforce, Background work, ZoneId zone, LocalDate today, UUID business,
                             Supplier<List<Place>> places) {
        this.workforce = workforce;
        this.form = new FormState(work);
        this.zone = zone;
        this.week = new WeekShown(zone, today);
        this.today = today;
        this.places = places;
        this.newShift = new ScheduleForm(workforce, work, zone, business, this::planned);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The week shown. */
    public WeekShown week() {
        return week;
    }

    /** The people with a row, by name. */
    public ObservableList<StaffMember> people() {
        return peopleView;
    }

    /** The week's shifts. */
    public ObservableList<Shift> shifts() {
        return shiftsView;
    }

    /** The shift the keyboard moves. */
    public ReadOnlyObjectProperty<Shift> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether a load or move is under way, what the last move did, and why one failed. */
    public FormState form() {
        return form;
    }

    public void select(Shift shift) {
        selected.set(shift);
    }

    /** Loads the people and the week's shifts. */
    public void load() {
        LocalDate shown = week.monday();
        Instant from = week.from();
        Instant to = week.to();
        form.run(() -> new Week(workforce.staff(false), workforce.shifts(from, to), workforce.roles(), placesOrNone()), loaded -> {
            loaded.roles().forEach(r -> roleNames.put(r.code(), r.name()));
            newShift.choices(loaded.people().stream().sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER))
                    .toList(), loaded.roles(), loaded.places());
            if (!shown.equals(week.monday())) {
                return;
            }
            people.setAll(loaded.people().stream().sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER))
                    .toList());
            shifts.setAll(loaded.shifts().stream().sorted(Comparator.comparing(Shift::startsAt)).toList());
            UUID was = selected.get() == null ? null : selected.get().id();
            selected.set(shifts.stream().filter(s -> s.id().equals(was)).findFirst().orElse(null));
        });
    }

    private List<Place> placesOrNone() {
        try {
            return places.get();
        } catch (RuntimeException e) {
            // Without the list a new shift is planned at the person's own place or the business itself.
            return List.of();
        }
    }

    private record Week(List<StaffMember> people, List<Shift> shifts, List<WorkforceAdmin.StaffRole> roles, List<Place> places) {
    }

    public void nextWeek() {
        week.turn(1);
        load();
    }

    public void previousWeek() {
        week.turn(-1);
        load();
    }

    /** The day of the week shown (0 = Monday) a shift starts on, in the business's time zone. */
    public int dayOf(Shift shift) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(week.monday(), shift.startsAt().atZone(zone).toLocalDate());
    }

    /** The shifts in one cell: a person's (null: the open shifts) on one day of the week. */
    public List<Shift> shiftsOf(UUID staffId, int day) {
        return shifts.stream().filter(s -> Objects.equals(s.staffId(), staffId) && dayOf(s) == day).toList();
    }

    /**
     * Moves a shift to {@code day} of the week (0 = Monday) and to {@code staffId} (null keeps its
     * person), keeping its times of day and length. A drop on the cell it is in does nothing.
     */
    public void move(Shift shift, UUID staffId, int day) {
        UUID person = staffId == null ? shift.staffId() : staffId;
        int days = day - dayOf(shift);
        if (days == 0 && Objects.equals(person, shift.staffId())) {
            return;
        }
        Instant starts = shift.startsAt().atZone(zone).plusDays(days).toInstant();
        Instant ends = starts.plus(Duration.between(shift.startsAt(), shift.endsAt()));
        form.run(() -> workforce.moveShift(shift.id(), starts, ends, Objects.equals(person, shift.staffId()) ? null : person),
                this::changed);
    }

    /**
     * Takes the person off a shift and moves it to {@code day} of the week (0 = Monday), keeping its
     * times of day: it is open for anyone with its job. A drop of an open shift on its own day does nothing.
     */
    public void moveToOpen(Shift shift, int day) {
        int days = day - dayOf(shift);
        if (days == 0 && shift.staffId() == null) {
            return;
        }
        Instant starts = shift.startsAt().atZone(zone).plusDays(days).toInstant();
        Instant ends = starts.plus(Duration.between(shift.startsAt(), shift.endsAt()));
        form.run(() -> workforce.openShift(shift.id(), starts, ends), this::changed);
    }

    private void changed(Shift moved) {
        int at = indexOf(moved.id());
        if (at >= 0) {
            shifts.set(at, moved);
        }
        if (selected.get() != null && selected.get().id().equals(moved.id())) {
            selected.set(moved);
        }
        form.said(moved.staffId() == null
                ? Phrase.of("console.staff.schedule.opened", moved.startsAt().atZone(zone).toLocalDate())
                : Phrase.of("console.staff.schedule.moved", nameOf(moved.staffId()), moved.startsAt().atZone(zone).toLocalDate()));
    }

    /** Opens the form for an open shift on today, when the week shown is this one, else on its Monday. */
    public void newShift() {
        long day = java.time.temporal.ChronoUnit.DAYS.between(week.monday(), today);
        newShift(null, day >= 0 && day <= 6 ? (int) day : 0);
    }

    /** The form for a new shift. */
    public ScheduleForm newShiftForm() {
        return newShift;
    }

    /**
     * Opens the form for a new shift in a cell: the person's ({@code staffId} null: an open shift) on
     * {@code day} of the week shown (0 = Monday), from 09:00 to 17:00 to begin with.
     */
    public void newShift(UUID staffId, int day) {
        newShift.open(staffId, week.monday().plusDays(Math.max(0, Math.min(6, day))), LocalTime.of(9, 0), LocalTime.of(17, 0),
                null);
    }

    /**
     * Shows the week of {@code date} and opens the form for an open shift on it from {@code hour}, four
     * hours long (past midnight when it begins late): what the assistant suggests when too few are planned.
     */
    public void newShiftAt(LocalDate date, int hour) {
        LocalDate monday = date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        int weeks = (int) java.time.temporal.ChronoUnit.WEEKS.between(week.monday(), monday);
        if (weeks != 0) {
            week.turn(weeks);
            load();
        }
        int from = Math.max(0, Math.min(23, hour));
        newShift.open(null, date, LocalTime.of(from, 0), LocalTime.of(from, 0).plusHours(4), null);
    }

    private void planned(Shift shift) {
        if (dayOf(shift) >= 0 && dayOf(shift) <= 6 && indexOf(shift.id()) < 0) {
            shifts.add(shift);
            FXCollections.sort(shifts, Comparator.comparing(Shift::startsAt));
        }
        selected.set(shift);
        form.clear();
        LocalDate day = shift.startsAt().atZone(zone).toLocalDate();
        form.said(shift.staffId() == null ? Phrase.of("console.staff.schedule.planned_open", day)
                : Phrase.of("console.staff.schedule.planned", nameOf(shift.staffId()), day));
    }

    /** Removes a shift from the schedule (the view asks first). */
    public void remove(Shift shift) {
        if (shift == null) {
            return;
        }
        form.run(() -> {
            workforce.removeShift(shift.id());
            return shift;
        }, removed -> {
            shifts.removeIf(s -> s.id().equals(removed.id()));
            if (selected.get() != null && selected.get().id().equals(removed.id())) {
                selected.set(null);
            }
            form.said(Phrase.of("console.staff.schedule.removed", removed.startsAt().atZone(zone).toLocalDate()));
        });
    }

    /** The keyboard's move of the selected shift: {@code days} later (or earlier), or to the next (previous) person. */
    public void nudgeSelected(int days, int people) {
        Shift shift = selected.get();
        if (shift == null || form.busyProperty().get()) {
            return;
        }
        UUID person = shift.staffId();
        if (people != 0) {
            List<UUID> rows = new ArrayList<>(this.people.stream().map(StaffMember::id).toList());
            int at = rows.indexOf(person);
            int next = at + people;
            if (at < 0 || next < 0 || next >= rows.size()) {
                return;
            }
            person = rows.get(next);
        }
        int day = dayOf(shift) + days;
        if (day < 0 || day > 6) {
            return;
        }
        move(shift, person, day);
    }

    /** The name of a staff role (job) by its code, or the code until the roles are loaded. */
    public String roleName(String code) {
        return code == null ? "" : roleNames.getOrDefault(code, code);
    }

    /** The name of a person on the staff, or empty when not known here. */
    public String nameOf(UUID staffId) {
        return findPerson(staffId).map(StaffMember::name).orElse("");
    }

    public Optional<StaffMember> findPerson(UUID staffId) {
        return people.stream().filter(p -> p.id().equals(staffId)).findFirst();
    }

    private int indexOf(UUID shiftId) {
        for (int i = 0; i < shifts.size(); i++) {
            if (shifts.get(i).id().equals(shiftId)) {
                return i;
            }
        }
        return -1;
    }
}
