package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.console.ConsoleContext;
import cloud.olympus.desktop.console.ConsoleScreen;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FieldProblems;
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
    record StaffModels(PeopleViewModel people, ScheduleViewModel schedule, TimesheetsViewModel timesheets) {

        static StaffModels of(ConsoleContext context, ZoneId zone, LocalDate today) {
            Background work = new Background(context.background(), context.ui());
            WorkforceAdmin workforce = new WorkforceAdmin(context.api().client());
            return new StaffModels(
                    new PeopleViewModel(workforce, new BusinessAdmin(context.api().client()),
                            context.session().may(Permission.USER_ADMIN), work),
                    new ScheduleViewModel(workforce, work, zone, today),
                    new TimesheetsViewModel(workforce, work, zone, today));
        }

        void load() {
            people.load();
            schedule.load();
            timesheets.load();
        }
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
            return;
        }
        new Background(context.background(), context.ui()).run(() -> new ManagerApi(context.api()).businessDay(), days -> {
            models = StaffModels.of(context, days.zone(), LocalDate.now(context.till().clock().withZone(days.zone())));
            view.show(models, context.session().may(Permission.STAFF_ADMIN), context.session().may(Permission.TIME_CORRECT),
                    context.session().may(Permission.SCHEDULE_EDIT));
            models.load();
        }, failure -> view.failed(context.messages().text(FieldProblems.of(failure).general())));
    }
}
