package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.desktop.console.ScreenSwitch;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FieldProblems;
import cloud.olympus.fx.manager.FigureStore;
import cloud.olympus.fx.manager.ScreenFigures;
import cloud.olympus.fx.manager.StaffOnShiftViewModel;
import cloud.olympus.model.auth.Permission;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Node;

/**
 * The staff screen: the people and their jobs, the week's schedule (shifts moved by dragging or the
 * keyboard) and the timesheets, corrected with a reason. Managers and above see it.
 */
public final class StaffScreen implements ConsoleScreen {

    private final ConsoleContext context;
    private StaffView view;
    private StaffModels models;

    public StaffScreen(ConsoleContext context) {
        this.context = context;
    }

    /** The screen's view models, made once the business's time zone is known. */
    record StaffModels(PeopleViewModel people, ScheduleViewModel schedule, TimesheetsViewModel timesheets,
                       StaffOnShiftViewModel onShift, ZoneId zone) {

        static StaffModels of(ConsoleContext context, BusinessDay days, LocalDate today) {
            Background work = new Background(context.background(), context.ui());
            WorkforceAdmin workforce = new WorkforceAdmin(context.api().client());
            // The console keeps no figures on disk: it is used where the server is.
            ScreenFigures<StaffOnShiftViewModel.StaffToday> figures = new ScreenFigures<>("console-staff",
                    StaffOnShiftViewModel.StaffToday.class, new FigureStore(null, context.api().client().json(),
                    context.till().clock()), context.background(), context.ui());
            return new StaffModels(
                    new PeopleViewModel(workforce, new BusinessAdmin(context.api().client()),
                            context.session().may(Permission.USER_ADMIN), work),
                    new ScheduleViewModel(workforce, work, days.zone(), today, context.session().tenantId(),
                            () -> new ManagerApi(context.api()).locations()),
                    new TimesheetsViewModel(workforce, work, days.zone(), today, context.session().userId()),
                    new StaffOnShiftViewModel(StaffOnShiftViewModel.Source.of(new ManagerApi(context.api())), figures,
                            context.till().clock(), days), days.zone());
        }

        void load() {
            people.load();
            schedule.load();
            timesheets.load();
            onShift.refresh();
        }
    }

    /** A shift another screen asked to plan (the assistant's suggestion): the schedule, its form filled in. */
    private void planAsked() {
        context.screenSwitch().take(id(), ScreenSwitch.ShiftToPlan.class).ifPresent(plan -> {
            if (context.session().may(Permission.SCHEDULE_EDIT)) {
                view.showSchedule();
                models.schedule().newShiftAt(plan.date(), plan.hour());
            }
        });
    }

    @Override
    public String id() {
        return "staff";
    }

    @Override
    public boolean allowedFor(Session session) {
        return session.may(Permission.STAFF_VIEW);
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new StaffView(context.messages());
        }
        return view;
    }

    @Override
    public void shown() {
        view();
        if (models != null) {
            models.load();
            planAsked();
            return;
        }
        new Background(context.background(), context.ui()).run(() -> new ManagerApi(context.api()).businessDay(), days -> {
            models = StaffModels.of(context, days, LocalDate.now(context.till().clock().withZone(days.zone())));
            view.show(models, context.session().may(Permission.STAFF_ADMIN), context.session().may(Permission.TIME_CORRECT),
                    context.session().may(Permission.SCHEDULE_EDIT), context.session().may(Permission.TIMESHEET_APPROVE));
            models.load();
            planAsked();
        }, failure -> view.failed(context.messages().text(FieldProblems.of(failure).general())));
    }
}
