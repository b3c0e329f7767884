package cloud.olympus.desktop.console.staff;

import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The week's time entries and the form that corrects one, with a reason. */
final class TimesheetsView extends BorderPane {

    TimesheetsView(TimesheetsViewModel model, Messages messages, boolean mayCorrect, boolean mayApprove) {
        setId("staff-timesheets");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(model.zone());
        TableView<TimesheetsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("timesheet-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.staff.people.name"), TimesheetsViewModel.Row::name));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.timesheets.in"), r -> when.format(r.entry().clockIn())));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.timesheets.out"),
                r -> r.entry().clockOut() == null ? messages.get("console.staff.timesheets.still_in") : when.format(r.entry().clockOut())));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.timesheets.worked"),
                r -> messages.get("console.staff.timesheets.hours", r.entry().workedMinutes() / 60, r.entry().workedMinutes() % 60)));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.timesheets.overtime"),
                r -> r.entry().overtimeMinutes() == 0 ? "" : messages.get("console.staff.timesheets.hours",
                        r.entry().overtimeMinutes() / 60, r.entry().overtimeMinutes() % 60)));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.timesheets.corrected_column"),
                r -> r.entry().corrected() ? messages.get("console.staff.timesheets.corrected_mark") : ""));
        table.getColumns().add(TableColumns.text(messages.get("console.staff.timesheets.approved_column"),
                r -> r.entry().approved() ? messages.get("console.staff.timesheets.approved_mark",
                        when.format(r.entry().approvedAt())) : ""));
        // The short columns give room to the dates, so the approval's date and time show in full at 1440 px.
        double[] widths = {150, 150, 150, 95, 95, 115, 170};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.getColumns().get(widths.length - 1).setMinWidth(widths[widths.length - 1]);
        table.setPlaceholder(new Label(messages.get("console.staff.timesheets.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.edit(now);
            }
        });
        WeekBar bar = new WeekBar(model.week(), messages, "timesheet", model::previousWeek, model::nextWeek);
        Button approveWeek = new Button(messages.get("console.staff.timesheets.approve_week"));
        approveWeek.setId("timesheet-approve-week");
        approveWeek.getStyleClass().add("success");
        approveWeek.setOnAction(e -> model.approveWeek());
        Button unapprove = new Button(messages.get("console.staff.timesheets.unapprove"));
        unapprove.setId("timesheet-unapprove");
        unapprove.setOnAction(e -> model.unapproveSelected());
        unapprove.disableProperty().bind(model.form().busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.editingProperty().get() == null || !model.editingProperty().get().entry().approved(),
                model.editingProperty())));
        approveWeek.disableProperty().bind(model.form().busyProperty());
        Label weekState = new Label();
        weekState.setId("timesheet-week-state");
        weekState.getStyleClass().add("text-muted");
        model.rows().addListener((javafx.collections.ListChangeListener<TimesheetsViewModel.Row>) c -> weekState.setText(
                model.weekApproved() ? messages.get("console.staff.timesheets.week_approved") : ""));
        HBox approval = new HBox(8, approveWeek, unapprove, weekState);
        approval.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        approval.setVisible(mayApprove);
        approval.setManaged(mayApprove);
        VBox top = new VBox(8, bar, approval);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(table);

        Label heading = new Label(messages.get("console.staff.timesheets.correct"));
        heading.getStyleClass().add("title-4");
        Label whose = new Label();
        whose.textProperty().bind(model.editingProperty().map(TimesheetsViewModel.Row::name)
                .orElse(messages.get("console.staff.timesheets.pick")));
        TextField in = new TextField();
        in.setId("timesheet-in");
        in.textProperty().bindBidirectional(model.clockInProperty());
        TextField out = new TextField();
        out.setId("timesheet-out");
        out.textProperty().bindBidirectional(model.clockOutProperty());
        TextField reason = new TextField();
        reason.setId("timesheet-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Button save = new Button(messages.get("console.staff.timesheets.save"));
        save.setId("timesheet-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.form().busyProperty().or(model.editingProperty().isNull())
                .or(new javafx.beans.property.SimpleBooleanProperty(!mayCorrect)));
        save.setOnAction(e -> model.correct());
        Label status = new Label();
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        Label approvalNote = new Label(messages.get("console.staff.timesheets.approval"));
        approvalNote.getStyleClass().add("text-muted");
        approvalNote.setWrapText(true);
        VBox form = new VBox(10, heading, whose,
                FormFields.field(messages, "console.staff.timesheets.in_label", in, model.form().problemsProperty(), "clock_in"),
                FormFields.field(messages, "console.staff.timesheets.out_label", out, model.form().problemsProperty(), "clock_out"),
                FormFields.field(messages, "console.staff.timesheets.reason_label", reason, model.form().problemsProperty(), "reason"),
                FormFields.general(messages, model.form().problemsProperty(), "timesheet-problem"), save, status, approvalNote);
        form.getStyleClass().add("console-form");
        form.setPadding(new Insets(0, 0, 0, 16));
        form.setPrefWidth(340);
        form.setDisable(!mayCorrect && !mayApprove);
        for (javafx.scene.Node n : List.of(in, out, reason)) {
            n.setDisable(!mayCorrect);
        }
        setRight(form);
    }
}
