package cloud.olympus.desktop.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
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

    @BeforeEach
    void week() {
        owner = DemoServer.login("harbor-hotel", "owner");
        workforce = new WorkforceAdmin(owner.client());
        zone = new ManagerApi(owner).zone();
        person = workforce.staff(false).stream().filter(s -> s.staffRole() != null).reduce((a, b) -> b).orElseThrow();
        LocalDate today = LocalDate.now(zone).plusWeeks(6);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clear();
        model = new ScheduleViewModel(workforce, new Background(Runnable::run, Runnable::run), zone, today);
    }

    @AfterEach
    void clear() {
        workforce.shifts(monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant()).stream()
                .filter(s -> person.id().equals(s.staffId()))
                .forEach(s -> owner.client().delete("/api/v1/workforce/shifts/" + s.id()));
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
