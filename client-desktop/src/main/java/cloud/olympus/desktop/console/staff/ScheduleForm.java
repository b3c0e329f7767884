package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.ShiftDraft;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A new shift being planned: for a person or open for anyone with its job, on a day, from a time to
 * a later one, at one of the business's places when it has several. What the form can tell (a time
 * it cannot read, an end not after the start, no job) is said next to the field before anything is
 * sent; what the server refuses (the person already works then) is said next to its field too.
 */
public final class ScheduleForm {

    /** The person chosen for an open shift: nobody yet. */
    public static final StaffMember OPEN = new StaffMember(null, null, "", null, null, null, List.of(), List.of(), true, true);

    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*");

    private final WorkforceAdmin workforce;
    private final ZoneId zone;
    private final UUID business;
    private final FormState form;
    private final Consumer<Shift> planned;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ObservableList<StaffMember> people = FXCollections.observableArrayList();
    private final ObservableList<StaffRole> roles = FXCollections.observableArrayList();
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>(OPEN);
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>();
    private final BooleanBinding nextDay = Bindings.createBooleanBinding(() -> {
        LocalTime from = time(start.get());
        LocalTime to = time(end.get());
        return from != null && to != null && !to.isAfter(from);
    }, start, end);

    /**
     * @param business the business's own id: where a shift is when it has no other places
     * @param planned  told of each shift the server planned
     */
    ScheduleForm(WorkforceAdmin workforce, Background work, ZoneId zone, UUID business, Consumer<Shift> planned) {
        this.workforce = workforce;
        this.zone = zone;
        this.business = business;
        this.form = new FormState(work);
        this.planned = planned;
        person.addListener((o, was, now) -> {
            if (now == null || now == OPEN) {
                return;
            }
            roles.stream().filter(r -> r.code().equals(now.staffRole())).findFirst().ifPresent(role::set);
            places.stream().filter(p -> now.locationIds().contains(p.id())).findFirst().ifPresent(place::set);
        });
    }

    /** The people to choose from, {@link #OPEN} first; the jobs; the places (empty for a business with one). */
    void choices(List<StaffMember> staff, List<StaffRole> jobs, List<Place> locations) {
        people.setAll(staff);
        people.add(0, OPEN);
        roles.setAll(jobs);
        if (locations.isEmpty()) {
            places.clear();
        } else {
            places.setAll(locations);
            places.add(0, new Place(business, null, null));
        }
    }

    /**
     * Opens the form for a shift on {@code date} from {@code from} to {@code to}, for the person with
     * {@code staffId} (null: an open shift) and, when given, {@code job}.
     */
    public void open(UUID staffId, LocalDate date, LocalTime from, LocalTime to, String job) {
        form.clear();
        place.set(places.isEmpty() ? null : places.get(0));
        role.set(null);
        StaffMember who = people.stream().filter(p -> p != OPEN && p.id().equals(staffId)).findFirst().orElse(OPEN);
        person.set(null);
        person.set(who);
        if (job != null) {
            roles.stream().filter(r -> r.code().equals(job)).findFirst().ifPresent(role::set);
        }
        day.set(date);
        start.set(from.toString());
        end.set(to.toString());
        showing.set(true);
    }

    /** Closes the form without planning anything. */
    public void cancel() {
        showing.set(false);
        form.clear();
    }

    /** Checks the form and plans the shift; the form closes once the server has it. */
    public void save() {
        if (form.busyProperty().get()) {
            return;
        }
        LocalTime from = time(start.get());
        LocalTime to = time(end.get());
        if (day.get() == null) {
            form.refuse("date", Phrase.of("console.staff.schedule.form.day_needed"));
        } else if (from == null) {
            form.refuse("starts_at", Phrase.of("console.staff.schedule.form.time_invalid"));
        } else if (to == null) {
            form.refuse("ends_at", Phrase.of("console.staff.schedule.form.time_invalid"));
        } else if (role.get() == null) {
            form.refuse("staff_role", Phrase.of("console.staff.schedule.form.role_needed"));
        } else {
            StaffMember who = person.get();
            UUID staffId = who == null || who == OPEN ? null : who.id();
            ShiftDraft draft = new ShiftDraft(locationFor(who), staffId, role.get().code(),
                    day.get().atTime(from).atZone(zone).toInstant(), endDay(day.get(), from, to).atTime(to).atZone(zone).toInstant());
            form.run(() -> workforce.planShift(draft), shift -> {
                showing.set(false);
                planned.accept(shift);
            });
        }
    }

    /**
     * Whether the shift ends the next day: its end is not after its start (18:00 to 02:00), so it runs
     * past midnight, up to 24 hours.
     */
    public BooleanBinding nextDayProperty() {
        return nextDay;
    }

    /** The day a shift from {@code from} to {@code to} starting on {@code day} ends: the next one when it runs past midnight. */
    static LocalDate endDay(LocalDate day, LocalTime from, LocalTime to) {
        return to.isAfter(from) ? day : day.plusDays(1);
    }

    /** The place picked; else the person's own (their first), else the business itself. */
    private UUID locationFor(StaffMember who) {
        if (place.get() != null) {
            return place.get().id();
        }
        if (who != null && who != OPEN && !who.locationIds().isEmpty()) {
            return who.locationIds().get(0);
        }
        return business;
    }

    /** A time of day as typed: {@code 9}, {@code 9:30}, {@code 09:30}, {@code 0930}; null when it is none. */
    static LocalTime time(String typed) {
        Matcher m = typed == null ? null : TIME.matcher(typed);
        if (m == null || !m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    /** Whether the place is the business itself rather than one of its locations. */
    public boolean isBusiness(Place p) {
        return p != null && Objects.equals(p.id(), business);
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Whether the call is under way, and what was wrong, by field. */
    public FormState form() {
        return form;
    }

    public ObservableList<StaffMember> people() {
        return people;
    }

    public ObservableList<StaffRole> roles() {
        return roles;
    }

    /** The places a shift may be at; empty when the business has only itself (nothing to choose). */
    public ObservableList<Place> places() {
        return places;
    }

    public ObjectProperty<StaffMember> personProperty() {
        return person;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }
}
