package cloud.olympus.desktop.console.staff;

import cloud.olympus.fx.i18n.Messages;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The staff screen's content: tabs for the people, the schedule and the timesheets. */
final class StaffView extends StackPane {

    static final String STYLESHEET = Objects.requireNonNull(StaffView.class.getResource(
            "/cloud/olympus/desktop/console/console-admin.css")).toExternalForm();

    private final Messages messages;
    private TabPane tabs;

    StaffView(Messages messages) {
        this.messages = messages;
        setId("console-staff");
        getStyleClass().add("console-screen");
        getStylesheets().add(STYLESHEET);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        getChildren().add(loading);
    }

    void show(StaffScreen.StaffModels models, boolean mayEditStaff, boolean mayCorrect, boolean mayPlan, boolean mayApprove) {
        Tab people = new Tab(messages.get("console.staff.tab.people"), new PeopleView(models.people(), messages, mayEditStaff));
        people.setId("staff-tab-people");
        ScheduleView scheduleView = new ScheduleView(models.schedule(), messages, mayPlan);
        Tab schedule = new Tab(messages.get("console.staff.tab.schedule"), scheduleView);
        schedule.setId("staff-tab-schedule");
        Tab timesheets = new Tab(messages.get("console.staff.tab.timesheets"),
                new TimesheetsView(models.timesheets(), messages, mayCorrect, mayApprove));
        timesheets.setId("staff-tab-timesheets");
        Tab onShift = new Tab(messages.get("console.staff.tab.on_shift"),
                new OnShiftView(models.onShift(), messages, models.zone()));
        onShift.setId("staff-tab-on-shift");
        tabs = new TabPane(people, schedule, timesheets, onShift);
        tabs.setId("staff-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().setAll(tabs);
    }

    /** Brings the schedule's tab to the front. */
    void showSchedule() {
        if (tabs != null) {
            tabs.getSelectionModel().select(1);
        }
    }

    void failed(String why) {
        Label said = new Label(why);
        said.getStyleClass().add("text-danger");
        getChildren().setAll(said);
    }
}
