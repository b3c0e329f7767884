package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The new shift's form beside the schedule: who (or open), where (when the business has several
 * places), the day, from and to, and the job; Plan (Enter) or Cancel (Escape). What is wrong shows
 * under its field.
 */
final class ScheduleFormView extends VBox {

    private final ComboBox<StaffMember> person = new ComboBox<>();

    ScheduleFormView(ScheduleForm model, Messages messages) {
        super(10);
        setId("schedule-form");
        getStyleClass().addAll("card", "schedule-form");
        setPrefWidth(320);
        setMinWidth(300);
        setMaxHeight(Region.USE_PREF_SIZE);
        BorderPane.setAlignment(this, Pos.TOP_RIGHT);
        BorderPane.setMargin(this, new Insets(0, 0, 0, 12));

        Label title = new Label(messages.get("console.staff.schedule.form.title"));
        title.getStyleClass().add("title-4");

        person.setId("schedule-form-person");
        person.setItems(model.people());
        person.valueProperty().bindBidirectional(model.personProperty());
        person.setMaxWidth(Double.MAX_VALUE);
        FormFields.showAs(person, p -> p == ScheduleForm.OPEN ? messages.get("console.staff.schedule.form.nobody") : p.name());

        ComboBox<Place> place = new ComboBox<>(model.places());
        place.setId("schedule-form-place");
        place.valueProperty().bindBidirectional(model.placeProperty());
        place.setMaxWidth(Double.MAX_VALUE);
        FormFields.showAs(place, p -> model.isBusiness(p) ? messages.get("console.staff.schedule.form.main_place") : p.name());
        VBox placeField = FormFields.field(messages, "console.staff.schedule.form.place", place, model.form().problemsProperty(),
                "location_id");
        placeField.visibleProperty().bind(Bindings.isNotEmpty(model.places()));
        placeField.managedProperty().bind(placeField.visibleProperty());

        DatePicker day = new DatePicker();
        day.setId("schedule-form-day");
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.setMaxWidth(Double.MAX_VALUE);

        TextField start = new TextField();
        start.setId("schedule-form-start");
        start.setPrefColumnCount(5);
        start.textProperty().bindBidirectional(model.startProperty());
        TextField end = new TextField();
        end.setId("schedule-form-end");
        end.setPrefColumnCount(5);
        end.textProperty().bindBidirectional(model.endProperty());
        Label nextDay = new Label(messages.get("console.staff.schedule.form.next_day"));
        nextDay.setId("schedule-form-next-day");
        nextDay.visibleProperty().bind(model.nextDayProperty());
        nextDay.managedProperty().bind(nextDay.visibleProperty());
        HBox times = new HBox(10,
                FormFields.field(messages, "console.staff.schedule.form.start", start, model.form().problemsProperty(), "starts_at"),
                FormFields.field(messages, "console.staff.schedule.form.end", end, model.form().problemsProperty(), "ends_at"), nextDay);
        times.setAlignment(Pos.CENTER_LEFT);

        ComboBox<StaffRole> role = new ComboBox<>(model.roles());
        role.setId("schedule-form-role");
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setMaxWidth(Double.MAX_VALUE);
        FormFields.showAs(role, StaffRole::name);

        Button plan = new Button(messages.get("console.staff.schedule.form.plan"));
        plan.setId("schedule-form-plan");
        plan.getStyleClass().add("accent");
        plan.setDefaultButton(true);
        plan.disableProperty().bind(model.form().busyProperty());
        plan.setOnAction(e -> model.save());
        Button cancel = new Button(messages.get("console.staff.schedule.form.cancel"));
        cancel.setId("schedule-form-cancel");
        cancel.setOnAction(e -> model.cancel());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                model.cancel();
            }
        });

        getChildren().addAll(title,
                FormFields.field(messages, "console.staff.schedule.form.person", person, model.form().problemsProperty(), "staff_id"),
                placeField,
                FormFields.field(messages, "console.staff.schedule.form.day", day, model.form().problemsProperty(), "date"),
                times,
                FormFields.field(messages, "console.staff.schedule.form.role", role, model.form().problemsProperty(), "staff_role"),
                FormFields.general(messages, model.form().problemsProperty(), "schedule-form-problem"),
                new HBox(8, plan, cancel));
    }

    /** Puts the keyboard in the form's first field. */
    void focusFirst() {
        person.requestFocus();
    }
}
