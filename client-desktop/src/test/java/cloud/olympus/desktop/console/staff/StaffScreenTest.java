package cloud.olympus.desktop.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.console.ConsoleScreenStage;
import cloud.olympus.desktop.console.ShownInFull;
import cloud.olympus.fx.shell.FxQueries;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The staff screen against the demo server: the owner of the hotel drags a shift to the next day,
 * moves it once more with the keyboard, and is told when a move would give someone two shifts at
 * once; deactivates someone and reactivates them; approves last week's timesheets.
 */
class StaffScreenTest {

    private static final String TENANT = "harbor-hotel";

    private final FxRobot robot = new SteadyRobot();
    private ConsoleScreenStage screen;

    @AfterEach
    void close() throws Exception {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void aShiftMovesByDragAndByKeyboardAndAClashIsSaid() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        WorkforceAdmin workforce = new WorkforceAdmin(owner.client());
        ZoneId zone = new ManagerApi(owner).zone();
        StaffMember person = workforce.staff(false).stream().filter(s -> s.staffRole() != null).findFirst().orElseThrow();
        LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(3);
        Instant from = monday.atStartOfDay(zone).toInstant();
        workforce.shifts(from, monday.plusDays(7).atStartOfDay(zone).toInstant()).stream()
                .filter(s -> person.id().equals(s.staffId()))
                .forEach(s -> owner.client().delete("/api/v1/workforce/shifts/" + s.id()));
        Shift planned = plan(owner, person, monday.atTime(10, 0).atZone(zone).toInstant());
        Shift blocking = plan(owner, person, monday.plusDays(3).atTime(11, 0).atZone(zone).toInstant());

        screen = ConsoleScreenStage.open(TENANT, "owner", StaffScreen::new);
        screen.waitFor("#staff-tabs");
        screen.waitFor("#staff-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(
                () -> robot.lookup("#staff-table").queryTableView().getItems().size() > 0));
        Screenshots.write(screen.scene(), "console-staff-light");
        screen.theme(ThemeManager.Mode.DARK);
        Screenshots.write(screen.scene(), "console-staff-dark");
        screen.theme(ThemeManager.Mode.LIGHT);

        robot.clickOn("#staff-tab-schedule .tab-label");
        screen.waitFor("#staff-schedule");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(screen.scene(), "console-staff-schedule-light");
        screen.theme(ThemeManager.Mode.DARK);
        Screenshots.write(screen.scene(), "console-staff-schedule-dark");
        screen.theme(ThemeManager.Mode.LIGHT);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#schedule-next");
        }
        String tile = "#shift-" + planned.id();
        screen.waitFor(tile);

        // Drag: Monday's shift onto Tuesday of the same person.
        robot.drag(tile, MouseButton.PRIMARY).dropTo("#schedule-cell-" + person.id() + "-1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> startOf(workforce, planned, zone).equals(monday.plusDays(1)));
        screen.waitFor("#schedule-cell-" + person.id() + "-1 " + tile);
        assertThat(text("#schedule-status")).contains(person.name());

        // Keyboard: the shift selected, Ctrl+Right takes it to Wednesday.
        robot.clickOn(tile);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> startOf(workforce, planned, zone).equals(monday.plusDays(2)));
        screen.waitFor("#schedule-cell-" + person.id() + "-2 " + tile);

        // Thursday is taken by the person's other shift: the server refuses and the screen says why.
        robot.clickOn(tile);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        screen.waitFor("#schedule-problem");
        assertThat(text("#schedule-problem")).isEqualTo("This person already has a shift at that time");
        assertThat(startOf(workforce, planned, zone)).isEqualTo(monday.plusDays(2));
        assertThat(FxQueries.showing(robot, "#schedule-cell-" + person.id() + "-2 " + tile)).isTrue();

        // Who is at work now, from the tablet's view model.
        robot.clickOn("#staff-tab-on-shift .tab-label");
        screen.waitFor("#on-shift-count");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text("#on-shift-labour").isEmpty());
        assertThat(text("#on-shift-count")).matches("Nobody on shift|1 person on shift|\\d+ people on shift");
        Screenshots.write(screen.scene(), "console-staff-on-shift-light");

        owner.client().delete("/api/v1/workforce/shifts/" + planned.id());
        owner.client().delete("/api/v1/workforce/shifts/" + blocking.id());
    }

    @Test
    void aPersonIsDeactivatedAndReactivatedAndAWeekIsApproved() throws Exception {
        OlympusApi owner = DemoServer.login(TENANT, "owner");
        WorkforceAdmin workforce = new WorkforceAdmin(owner.client());
        BusinessAdmin business = new BusinessAdmin(owner.client());
        StaffMember person = workforce.staff(false).stream().filter(s -> s.email() != null && !s.email().startsWith("owner@")
                && !s.email().startsWith("manager@") && !s.email().startsWith("cashier@") && !s.email().startsWith("kitchen@"))
                .findFirst().orElseThrow();
        ZoneId zone = new ManagerApi(owner).zone();
        LocalDate thisWeek = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        boolean workedThisWeek = workforce.timeEntries(thisWeek.atStartOfDay(zone).toInstant(),
                thisWeek.plusDays(7).atStartOfDay(zone).toInstant()).stream().anyMatch(e -> e.clockOut() != null);
        LocalDate monday = workedThisWeek ? thisWeek : thisWeek.minusWeeks(1);
        try {
            screen = ConsoleScreenStage.open(TENANT, "owner", StaffScreen::new);
            screen.waitFor("#staff-table");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowOf(person) != null);

            // Deactivate: asked first, then gone from the list, and the server says they cannot log in.
            robot.clickOn(rowOf(person));
            screen.waitFor("#staff-deactivate");
            assertThat(FxQueries.onFxThread(() -> robot.lookup("#staff-deactivate").queryButton().getText())).isEqualTo("_Deactivate…");
            robot.clickOn("#staff-deactivate");
            screen.waitFor("#staff-deactivate-confirm");
            robot.clickOn("#staff-deactivate-confirm");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowOf(person) == null);
            assertThat(active(business, person)).isFalse();

            // Shown greyed with the inactive ones, and reactivated from there.
            robot.clickOn("#staff-show-inactive");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowOf(person) != null);
            assertThat(FxQueries.onFxThread(() -> rowOf(person).getOpacity())).isLessThan(1.0);
            robot.clickOn(rowOf(person));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(
                    () -> robot.lookup("#staff-deactivate").queryButton().getText()).equals("_Reactivate"));
            Screenshots.write(screen.scene(), "console-staff-inactive-light");
            screen.theme(ThemeManager.Mode.DARK);
            Screenshots.write(screen.scene(), "console-staff-inactive-dark");
            screen.theme(ThemeManager.Mode.LIGHT);
            robot.clickOn("#staff-deactivate");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> active(business, person));

            // The week approved (this one, or the last when nobody clocked out yet): every closed entry says so, and the week too.
            robot.clickOn("#staff-tab-timesheets .tab-label");
            screen.waitFor("#timesheet-table");
            if (!workedThisWeek) {
                robot.clickOn("#timesheet-previous");
            }
            Instant weekStart = monday.atStartOfDay(zone).toInstant();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxQueries.onFxThread(() -> {
                var rows = robot.lookup("#timesheet-table").queryTableView().getItems();
                return !rows.isEmpty() && rows.stream().allMatch(r -> !((TimesheetsViewModel.Row) r).entry().clockIn().isBefore(weekStart));
            }));
            robot.clickOn("#timesheet-approve-week");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#timesheet-week-state").equals("The week is approved"));
            assertThat(workforce.timeEntries(monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant())
                    .stream().filter(e -> e.clockOut() != null)).isNotEmpty().allMatch(WorkforceAdmin.TimeEntry::approved);
            // The approval's date and time show in full in a 1440 px window.
            // The table is read again after the approval: its cells say so once drawn.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !approvedCells().isEmpty());
            assertThat(approvedCells()).allMatch(ShownInFull::of);
            Screenshots.write(screen.scene(), "console-staff-timesheets-light");
            screen.theme(ThemeManager.Mode.DARK);
            Screenshots.write(screen.scene(), "console-staff-timesheets-dark");
            screen.theme(ThemeManager.Mode.LIGHT);
        } finally {
            business.reactivateUser(person.userId());
            for (StaffMember someone : workforce.staff(true)) {
                workforce.unapprove(someone.id(), monday, monday.plusDays(6));
            }
        }
    }

    /** The drawn cells of the timesheet's last column (when each entry was approved) that say something. */
    private java.util.List<javafx.scene.Node> approvedCells() {
        return FxQueries.onFxThread(() -> robot.lookup("#timesheet-table .table-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                        && cell.getTableColumn().getTableView().getColumns().indexOf(cell.getTableColumn())
                        == cell.getTableColumn().getTableView().getColumns().size() - 1
                        && cell.getText() != null && !cell.getText().isEmpty())
                .toList());
    }

    private javafx.scene.Node rowOf(StaffMember person) {
        return FxQueries.onFxThread(() -> robot.lookup("#staff-table .table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof StaffMember m
                        && m.id().equals(person.id()))
                .findFirst().orElse(null));
    }

    private static boolean active(BusinessAdmin business, StaffMember person) {
        return business.users(100, null).users().stream().filter(u -> u.id().equals(person.userId())).findFirst().orElseThrow()
                .active();
    }

    private static Shift plan(OlympusApi owner, StaffMember person, Instant start) {
        return owner.client().json().treeToValue(owner.client().post("/api/v1/workforce/shifts", Map.of(
                "location_id", person.locationIds().isEmpty() ? owner.session().tenantId() : person.locationIds().get(0),
                "staff_id", person.id(), "staff_role", person.staffRole(), "starts_at", start.toString(),
                "ends_at", start.plus(Duration.ofHours(4)).toString())), Shift.class);
    }

    private static LocalDate startOf(WorkforceAdmin workforce, Shift shift, ZoneId zone) {
        Instant around = shift.startsAt();
        return workforce.shifts(around.minus(Duration.ofDays(10)), around.plus(Duration.ofDays(10))).stream()
                .filter(s -> s.id().equals(shift.id())).findFirst().orElseThrow().startsAt().atZone(zone).toLocalDate();
    }

    private String text(String query) {
        return FxQueries.onFxThread(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
