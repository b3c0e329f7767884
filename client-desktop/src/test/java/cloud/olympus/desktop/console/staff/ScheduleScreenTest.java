package cloud.olympus.desktop.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.desktop.console.ScreenSwitch;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.SteadyRobot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Planning a week on the staff screen against the demo server: the hotel's owner plans a shift by
 * clicking a day, is told when its end is before its start, removes it with the Delete key once
 * confirmed, takes a person off a shift by dropping it on the open shifts, and gets the form filled
 * in from the assistant's suggestion.
 */
class ScheduleScreenTest {

    private static final String TENANT = "harbor-hotel";

    private final FxRobot robot = new SteadyRobot();
    private ConsoleScreenStage screen;
    private OlympusApi owner;
    private WorkforceAdmin workforce;
    private ZoneId zone;
    private StaffMember person;
    private LocalDate monday;

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
        if (workforce != null) {
            week().stream().filter(s -> person.id().equals(s.staffId())).forEach(s -> workforce.removeShift(s.id()));
        }
    }

    @Test
    void aShiftIsPlannedRemovedAndTakenOffItsPersonAndTheAssistantsSuggestionFillsTheForm() throws Exception {
        owner = DemoServer.login(TENANT, "owner");
        workforce = new WorkforceAdmin(owner.client());
        zone = new ManagerApi(owner).zone();
        person = workforce.staff(false).stream().filter(s -> s.staffRole() != null).findFirst().orElseThrow();
        monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(9);
        week().stream().filter(s -> person.id().equals(s.staffId())).forEach(s -> workforce.removeShift(s.id()));
        Shift thursday = workforce.planShift(new WorkforceAdmin.ShiftDraft(
                person.locationIds().isEmpty() ? owner.session().tenantId() : person.locationIds().get(0), person.id(),
                person.staffRole(), monday.plusDays(3).atTime(7, 0).atZone(zone).toInstant(),
                monday.plusDays(3).atTime(11, 0).atZone(zone).toInstant()));

        screen = ConsoleScreenStage.open(TENANT, "owner", StaffScreen::new);
        screen.waitFor("#staff-tabs");
        robot.clickOn("#staff-tab-schedule .tab-label");
        screen.waitFor("#schedule-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.showing(robot, ".shift-tile"));
        screen.shoot("console-staff-schedule");
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#schedule-next");
        }
        String week = "Week of " + monday.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#schedule-week").equals(week));
        screen.waitFor("#shift-" + thursday.id());

        // A click on the person's empty Tuesday opens the form for them on that day.
        robot.clickOn("#schedule-cell-" + person.id() + "-1");
        screen.waitFor("#schedule-form");
        assertThat(FxQueries.onFxThread(() -> ((StaffMember) robot.lookup("#schedule-form-person").queryAs(ComboBox.class)
                .getValue()).id())).isEqualTo(person.id());
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#schedule-form-day").queryAs(DatePicker.class).getValue()))
                .isEqualTo(monday.plusDays(1));
        replace("#schedule-form-start", "10:00");
        replace("#schedule-form-end", "08:00");
        // An end before the start is the next morning's: said beside the field before anything is planned.
        screen.waitFor("#schedule-form-next-day");
        assertThat(text("#schedule-form-next-day")).isEqualTo("+1 day");
        screen.shoot("console-staff-schedule-new");
        replace("#schedule-form-end", "14:00");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, "#schedule-form-next-day"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onDay(1).isPresent());
        Shift tuesday = onDay(1).orElseThrow();
        assertThat(tuesday.startsAt()).isEqualTo(monday.plusDays(1).atTime(10, 0).atZone(zone).toInstant());
        screen.waitFor("#schedule-cell-" + person.id() + "-1 #shift-" + tuesday.id());
        assertThat(FxQueries.showing(robot, "#schedule-form")).isFalse();

        // Delete on the selected shift asks first; Keep leaves it, Remove takes it away.
        robot.clickOn("#shift-" + tuesday.id());
        robot.type(KeyCode.DELETE);
        screen.waitFor("#schedule-remove-confirm");
        robot.clickOn("#schedule-remove-no");
        assertThat(FxQueries.showing(robot, "#schedule-remove-confirm")).isFalse();
        assertThat(onDay(1)).isPresent();
        robot.clickOn("#shift-" + tuesday.id());
        robot.type(KeyCode.DELETE);
        screen.waitFor("#schedule-remove-yes");
        robot.clickOn("#schedule-remove-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onDay(1).isEmpty() && !FxQueries.showing(robot, "#shift-" + tuesday.id()));
        assertThat(text("#schedule-status")).startsWith("Shift on ");

        // Dropped on the open shifts, Thursday's shift keeps its day and loses its person.
        robot.drag("#shift-" + thursday.id(), MouseButton.PRIMARY).dropTo("#schedule-cell-open-3");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> week().stream()
                .anyMatch(s -> s.id().equals(thursday.id()) && s.staffId() == null));
        screen.waitFor("#schedule-cell-open-3 #shift-" + thursday.id());
        workforce.removeShift(thursday.id());

        // The assistant's "Add shift" opens the form for an open shift on its day and hour.
        ScreenSwitch screens = screen.context().screenSwitch();
        screens.openWith(id -> {
            screen.screen().shown();
            return true;
        });
        robot.interact(() -> screens.open("staff", new ScreenSwitch.ShiftToPlan(monday.plusDays(4), 19, 1)));
        screen.waitFor("#schedule-form");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#schedule-form-start").queryAs(TextField.class).getText())).isEqualTo("19:00");
        assertThat(FxQueries.onFxThread(() -> robot.lookup("#schedule-form-day").queryAs(DatePicker.class).getValue()))
                .isEqualTo(monday.plusDays(4));
        robot.clickOn("#schedule-form-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !FxQueries.showing(robot, "#schedule-form"));
    }

    private void replace(String query, String typed) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
        robot.write(typed);
    }

    private List<Shift> week() {
        return workforce.shifts(monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
    }

    private Optional<Shift> onDay(int day) {
        Instant from = monday.plusDays(day).atStartOfDay(zone).toInstant();
        return week().stream().filter(s -> person.id().equals(s.staffId()) && !s.startsAt().isBefore(from)
                && s.startsAt().isBefore(from.plus(Duration.ofDays(1)))).findFirst();
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
