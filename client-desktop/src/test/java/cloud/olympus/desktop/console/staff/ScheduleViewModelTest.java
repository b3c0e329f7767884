package cloud.olympus.desktop.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schedule's week against the demo server, its calls made in place of a background thread. */
class ScheduleViewModelTest {

    private OlympusApi owner;
    private WorkforceAdmin workforce;
    private ZoneId zone;
    private StaffMember person;
    private LocalDate monday;
    private ScheduleViewModel model;
    private final List<java.util.UUID> made = new java.util.ArrayList<>();

    @BeforeEach
    void week() {
        owner = DemoServer.login("harbor-hotel", "owner");
        workforce = new WorkforceAdmin(owner.client());
        zone = new ManagerApi(owner).zone();
        person = workforce.staff(false).stream().filter(s -> s.staffRole() != null).reduce((a, b) -> b).orElseThrow();
        LocalDate today = LocalDate.now(zone).plusWeeks(6);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clear();
        model = new ScheduleViewModel(workforce, new Background(Runnable::run, Runnable::run), zone, today, owner.session().tenantId(),
                () -> new ManagerApi(owner).locations());
    }

    @AfterEach
    void clear() {
        workforce.shifts(monday.atStartOfDay(zone).toInstant(), monday.plusDays(14).atStartOfDay(zone).toInstant()).stream()
                .filter(s -> person.id().equals(s.staffId()) || made.contains(s.id()))
                .forEach(s -> owner.client().delete("/api/v1/workforce/shifts/" + s.id()));
        made.clear();
    }

    @Test
    void aShiftIsPlannedInACellAfterTheFormsOwnChecksAndAClashIsSaidAtItsStart() {
        model.load();
        model.newShift(person.id(), 2);
        ScheduleForm form = model.newShiftForm();
        assertThat(form.showingProperty().get()).isTrue();
        assertThat(form.personProperty().get().id()).isEqualTo(person.id());
        assertThat(form.roleProperty().get().code()).as("the person's own job").isEqualTo(person.staffRole());
        assertThat(form.dayProperty().get()).isEqualTo(monday.plusDays(2));
        assertThat(form.startProperty().get()).isEqualTo("09:00");

        assertThat(form.nextDayProperty().get()).isFalse();
        form.endProperty().set("08:30");
        assertThat(form.nextDayProperty().get()).as("an end before the start is the next day's").isTrue();
        form.endProperty().set("half past");
        assertThat(form.nextDayProperty().get()).isFalse();
        form.save();
        assertThat(form.form().problemsProperty().get().of("ends_at").key()).isEqualTo("console.staff.schedule.form.time_invalid");
        assertThat(form.showingProperty().get()).isTrue();
        assertThat(model.shiftsOf(person.id(), 2)).isEmpty();

        form.startProperty().set("9");
        form.endProperty().set("13:30");
        form.save();
        assertThat(form.form().problemsProperty().get().isEmpty()).isTrue();
        assertThat(form.showingProperty().get()).isFalse();
        Shift planned = model.shiftsOf(person.id(), 2).get(0);
        assertThat(planned.startsAt()).isEqualTo(monday.plusDays(2).atTime(9, 0).atZone(zone).toInstant());
        assertThat(planned.endsAt()).isEqualTo(monday.plusDays(2).atTime(13, 30).atZone(zone).toInstant());
        assertThat(planned.staffRole()).isEqualTo(person.staffRole());
        assertThat(model.form().statusProperty().get().key()).isEqualTo("console.staff.schedule.planned");
        assertThat(serverShifts()).extracting(Shift::id).contains(planned.id());

        model.newShift(person.id(), 2);
        form.startProperty().set("12:00");
        form.endProperty().set("15:00");
        form.save();
        assertThat(form.form().problemsProperty().get().of("starts_at").key()).isEqualTo("problem.conflict.double_booked");
        assertThat(form.showingProperty().get()).as("the form stays to change the times").isTrue();
        assertThat(model.shiftsOf(person.id(), 2)).hasSize(1);
        form.cancel();
        assertThat(form.showingProperty().get()).isFalse();
    }

    @Test
    void anOpenShiftIsPlannedAShiftDroppedOnTheOpenRowLosesItsPersonAndRemovedShiftsGo() {
        model.load();
        model.newShift(null, 4);
        ScheduleForm form = model.newShiftForm();
        assertThat(form.personProperty().get()).isSameAs(ScheduleForm.OPEN);
        form.roleProperty().set(null);
        form.save();
        assertThat(form.form().problemsProperty().get().of("staff_role").key()).isEqualTo("console.staff.schedule.form.role_needed");
        form.roleProperty().set(form.roles().stream().filter(r -> r.code().equals(person.staffRole())).findFirst().orElseThrow());
        form.startProperty().set("18:00");
        form.endProperty().set("22:00");
        form.save();
        Shift open = model.shiftsOf(null, 4).stream().filter(s -> s.startsAt().equals(
                monday.plusDays(4).atTime(18, 0).atZone(zone).toInstant())).findFirst().orElseThrow();
        made.add(open.id());
        assertThat(open.open()).isTrue();
        assertThat(model.form().statusProperty().get().key()).isEqualTo("console.staff.schedule.planned_open");

        Shift saturday = plan(monday.plusDays(5).atTime(8, 0).atZone(zone).toInstant());
        made.add(saturday.id());
        model.load();
        model.moveToOpen(model.shiftsOf(person.id(), 5).get(0), 6);
        assertThat(model.form().problemsProperty().get().isEmpty()).isTrue();
        assertThat(model.shiftsOf(person.id(), 5)).isEmpty();
        Shift opened = model.shiftsOf(null, 6).stream().filter(s -> s.id().equals(saturday.id())).findFirst().orElseThrow();
        assertThat(opened.startsAt().atZone(zone).toLocalTime()).hasToString("08:00");
        assertThat(serverShifts()).filteredOn(s -> s.id().equals(saturday.id())).singleElement()
                .satisfies(s -> assertThat(s.staffId()).isNull());

        model.remove(opened);
        model.remove(open);
        assertThat(model.shifts()).extracting(Shift::id).doesNotContain(saturday.id(), open.id());
        assertThat(serverShifts()).extracting(Shift::id).doesNotContain(saturday.id(), open.id());
        assertThat(model.form().statusProperty().get().key()).isEqualTo("console.staff.schedule.removed");
    }

    @Test
    void anOvernightShiftEndsTheNextDay() {
        model.load();
        model.newShift(person.id(), 4);
        ScheduleForm form = model.newShiftForm();
        form.startProperty().set("18:00");
        form.endProperty().set("02:00");
        assertThat(form.nextDayProperty().get()).isTrue();
        form.save();
        assertThat(form.form().problemsProperty().get().isEmpty()).as(String.valueOf(form.form().problemsProperty().get())).isTrue();
        Shift planned = model.shiftsOf(person.id(), 4).get(0);
        assertThat(planned.startsAt()).isEqualTo(monday.plusDays(4).atTime(18, 0).atZone(zone).toInstant());
        assertThat(planned.endsAt()).isEqualTo(monday.plusDays(5).atTime(2, 0).atZone(zone).toInstant());
        assertThat(serverShifts()).extracting(Shift::id).contains(planned.id());
    }

    @Test
    void theAssistantsSuggestionOpensItsWeekAndAnOpenShiftFromItsHour() {
        LocalDate thursday = monday.plusWeeks(1).plusDays(3);
        model.load();
        model.newShiftAt(thursday, 19);
        assertThat(model.week().monday()).isEqualTo(monday.plusWeeks(1));
        ScheduleForm form = model.newShiftForm();
        assertThat(form.showingProperty().get()).isTrue();
        assertThat(form.personProperty().get()).isSameAs(ScheduleForm.OPEN);
        assertThat(form.dayProperty().get()).isEqualTo(thursday);
        assertThat(form.startProperty().get()).isEqualTo("19:00");
        assertThat(form.endProperty().get()).isEqualTo("23:00");
        model.newShiftAt(thursday, 22);
        assertThat(form.endProperty().get()).as("a shift suggested late runs past midnight").isEqualTo("02:00");
        assertThat(form.nextDayProperty().get()).isTrue();
        model.previousWeek();
        model.previousWeek();
        model.newShift();
        assertThat(form.dayProperty().get()).as("a new shift in another week starts on its Monday").isEqualTo(monday.minusWeeks(1));
        model.nextWeek();
        model.newShift();
        assertThat(form.dayProperty().get()).as("in the model's own week, on its today").isEqualTo(LocalDate.now(zone).plusWeeks(6));
    }

    @Test
    void aBusinessWithLocationsPicksThePlaceOfANewShift() {
        OlympusApi organisation = DemoServer.login("bella-cucina", "owner");
        WorkforceAdmin itsWorkforce = new WorkforceAdmin(organisation.client());
        ZoneId itsZone = new ManagerApi(organisation).zone();
        LocalDate day = LocalDate.now(itsZone).plusWeeks(7);
        List<Place> locations = new ManagerApi(organisation).locations();
        assertThat(locations).hasSizeGreaterThanOrEqualTo(2);
        ScheduleViewModel planning = new ScheduleViewModel(itsWorkforce, new Background(Runnable::run, Runnable::run), itsZone, day,
                organisation.session().tenantId(), () -> new ManagerApi(organisation).locations());
        planning.load();
        ScheduleForm form = planning.newShiftForm();
        assertThat(form.places()).hasSize(locations.size() + 1);
        assertThat(form.isBusiness(form.places().get(0))).as("the business itself first").isTrue();

        planning.newShift(null, day.getDayOfWeek().getValue() - 1);
        assertThat(form.placeProperty().get()).isEqualTo(form.places().get(0));
        Place harbour = locations.get(locations.size() - 1);
        form.placeProperty().set(harbour);
        form.roleProperty().set(form.roles().get(0));
        form.startProperty().set("11:00");
        form.endProperty().set("15:00");
        form.save();
        assertThat(form.form().problemsProperty().get().isEmpty()).isTrue();
        Shift planned = planning.selectedProperty().get();
        try {
            assertThat(planned.locationId()).isEqualTo(harbour.id());
            assertThat(planned.startsAt()).isEqualTo(day.atTime(11, 0).atZone(itsZone).toInstant());
        } finally {
            itsWorkforce.removeShift(planned.id());
        }
    }

    @Test
    void timesAreReadAsTyped() {
        assertThat(ScheduleForm.time("9")).hasToString("09:00");
        assertThat(ScheduleForm.time("0930")).hasToString("09:30");
        assertThat(ScheduleForm.time(" 17:45 ")).hasToString("17:45");
        assertThat(ScheduleForm.time("24:00")).isNull();
        assertThat(ScheduleForm.time("9:75")).isNull();
        assertThat(ScheduleForm.time("")).isNull();
    }

    private List<Shift> serverShifts() {
        return workforce.shifts(monday.atStartOfDay(zone).toInstant(), monday.plusDays(14).atStartOfDay(zone).toInstant());
    }

    @Test
    void aShiftMovesADayKeepingItsHoursAndAClashLeavesItWhereItWas() {
        Shift sunday = plan(monday.plusDays(6).atTime(9, 0).atZone(zone).toInstant());
        Shift tuesday = plan(monday.plusDays(1).atTime(18, 30).atZone(zone).toInstant());
        model.load();
        assertThat(model.week().monday()).isEqualTo(monday);
        assertThat(model.people()).extracting(StaffMember::id).contains(person.id());
        assertThat(model.shiftsOf(person.id(), 1)).extracting(Shift::id).containsExactly(tuesday.id());

        Shift loaded = model.shiftsOf(person.id(), 1).get(0);
        model.move(loaded, person.id(), 3);
        assertThat(model.form().problemsProperty().get().first()).isEqualTo(Phrase.NONE);
        Shift moved = model.shiftsOf(person.id(), 3).get(0);
        assertThat(moved.startsAt().atZone(zone).toLocalTime()).hasToString("18:30");
        assertThat(Duration.between(moved.startsAt(), moved.endsAt())).isEqualTo(Duration.ofHours(4));
        assertThat(model.form().statusProperty().get().key()).isEqualTo("console.staff.schedule.moved");

        model.select(model.shiftsOf(person.id(), 6).get(0));
        model.nudgeSelected(1, 0);
        assertThat(model.shiftsOf(person.id(), 6)).extracting(Shift::id).as("Sunday is the week's last day").containsExactly(sunday.id());

        Shift clash = plan(monday.plusDays(4).atTime(19, 0).atZone(zone).toInstant());
        model.load();
        model.select(model.shiftsOf(person.id(), 3).get(0));
        model.nudgeSelected(1, 0);
        assertThat(model.form().problemsProperty().get().first().key()).isEqualTo("problem.conflict.double_booked");
        assertThat(model.shiftsOf(person.id(), 3)).extracting(Shift::id).containsExactly(tuesday.id());
        assertThat(model.shiftsOf(person.id(), 4)).extracting(Shift::id).containsExactly(clash.id());
        assertThat(model.form().busyProperty().get()).isFalse();
    }

    @Test
    void theWeekTurnsAndADropOnItsOwnCellChangesNothing() {
        Shift wednesday = plan(monday.plusDays(2).atTime(7, 0).atZone(zone).toInstant());
        model.load();
        model.move(model.shiftsOf(person.id(), 2).get(0), person.id(), 2);
        assertThat(model.form().statusProperty().get()).isEqualTo(Phrase.NONE);
        model.nextWeek();
        assertThat(model.week().monday()).isEqualTo(monday.plusWeeks(1));
        assertThat(model.shifts()).extracting(Shift::id).doesNotContain(wednesday.id());
        model.previousWeek();
        assertThat(model.shifts()).extracting(Shift::id).contains(wednesday.id());
        List<Shift> open = model.shiftsOf(null, 2);
        assertThat(open).allMatch(s -> s.staffId() == null);
    }

    private Shift plan(Instant start) {
        return owner.client().json().treeToValue(owner.client().post("/api/v1/workforce/shifts", Map.of(
                "location_id", person.locationIds().isEmpty() ? owner.session().tenantId() : person.locationIds().get(0),
                "staff_id", person.id(), "staff_role", person.staffRole(), "starts_at", start.toString(),
                "ends_at", start.plus(Duration.ofHours(4)).toString())), Shift.class);
    }
}
