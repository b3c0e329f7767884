package cloud.olympus.desktop.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.forms.Background;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The people and timesheets tabs' view models against the demo server, calls made in place of a background thread. */
class PeopleAndTimesheetsViewModelTest {

    private OlympusApi owner;
    private WorkforceAdmin workforce;
    private ZoneId zone;
    private final Background inPlace = new Background(Runnable::run, Runnable::run);

    @BeforeEach
    void logIn() {
        owner = DemoServer.login("harbor-hotel", "owner");
        workforce = new WorkforceAdmin(owner.client());
        zone = new ManagerApi(owner).zone();
    }

    @Test
    void aProfileIsCheckedThenChangedAndRetiredPeopleStayListed() {
        PeopleViewModel people = new PeopleViewModel(workforce, new BusinessAdmin(owner.client()), true, inPlace);
        people.load();
        assertThat(people.staff()).isNotEmpty();
        assertThat(people.roles()).isNotEmpty();
        assertThat(people.usersWithoutProfile()).noneMatch(u -> people.staff().stream().anyMatch(s -> s.userId().equals(u.id())));

        people.startNew();
        people.save();
        assertThat(people.form().problemsProperty().get().of("user_id").key()).isEqualTo("console.form.required");

        StaffMember someone = people.staff().get(people.staff().size() - 1);
        people.edit(someone);
        assertThat(people.roleProperty().get().code()).isEqualTo(someone.staffRole());
        people.hourlyRateProperty().set("-3");
        people.save();
        assertThat(people.form().problemsProperty().get().of("hourly_rate").key()).isEqualTo("console.form.not_negative");
        people.hourlyRateProperty().set("lots");
        people.save();
        assertThat(people.form().problemsProperty().get().of("hourly_rate").key()).isEqualTo("console.form.number");

        BigDecimal raised = someone.hourlyRate().add(new BigDecimal("0.25"));
        people.hourlyRateProperty().set(raised.toPlainString().replace('.', ','));
        people.save();
        assertThat(people.form().problemsProperty().get().isEmpty()).isTrue();
        assertThat(people.form().statusProperty().get().key()).isEqualTo("console.staff.people.saved");
        assertThat(workforce.staff(true).stream().filter(s -> s.id().equals(someone.id())).findFirst().orElseThrow().hourlyRate())
                .isEqualByComparingTo(raised);
        people.hourlyRateProperty().set(someone.hourlyRate().toPlainString());
        people.save();
    }

    @Test
    void anEntryIsCorrectedOnlyWithATimeOfDayAndAReason() {
        TimesheetsViewModel sheets = new TimesheetsViewModel(workforce, inPlace, zone, LocalDate.now(zone),
                owner.session().userId());
        sheets.load();
        if (sheets.rows().stream().noneMatch(r -> r.entry().clockOut() != null)) {
            sheets.previousWeek();
        }
        TimesheetsViewModel.Row row = sheets.rows().stream().filter(r -> r.entry().clockOut() != null).findFirst().orElseThrow();
        assertThat(row.name()).isNotBlank();
        sheets.edit(row);
        assertThat(sheets.clockInProperty().get()).matches("\\d\\d:\\d\\d");

        sheets.clockInProperty().set("25:99");
        sheets.correct();
        assertThat(sheets.form().problemsProperty().get().of("clock_in").key()).isEqualTo("console.form.time");
        sheets.edit(row);
        sheets.correct();
        assertThat(sheets.form().problemsProperty().get().of("reason").key()).isEqualTo("console.form.required");

        String in = row.entry().clockIn().atZone(zone).toLocalTime().minusMinutes(5).withSecond(0).withNano(0).toString();
        sheets.clockInProperty().set(in);
        sheets.reasonProperty().set("Came in early for the delivery");
        sheets.correct();
        assertThat(sheets.form().problemsProperty().get().isEmpty()).as(String.valueOf(sheets.form().problemsProperty().get()))
                .isTrue();
        assertThat(sheets.editingProperty().get().entry().corrected()).isTrue();
        assertThat(sheets.editingProperty().get().entry().clockIn().atZone(zone).toLocalTime()).hasToString(in);
        assertThat(sheets.form().statusProperty().get().key()).isEqualTo("console.staff.timesheets.corrected");
    }
}
