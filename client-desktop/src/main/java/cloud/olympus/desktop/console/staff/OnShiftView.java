package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.manager.ShiftEntry;
import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.StaffOnShiftViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Who is at work now and what today's labour costs against its sales: the tablet's staff screen, on the console. */
final class OnShiftView extends VBox {

    OnShiftView(StaffOnShiftViewModel model, Messages messages, ZoneId zone) {
        super(12);
        setId("staff-on-shift");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        Label count = new Label();
        count.setId("on-shift-count");
        count.getStyleClass().add("title-3");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("mobile.staff.on_shift", model.people().size()),
                model.people()));
        Label labour = new Label();
        labour.setId("on-shift-labour");
        labour.getStyleClass().add("title-3");
        labour.textProperty().bind(Bindings.createStringBinding(() -> model.totalsProperty().get() == null
                || model.currencyProperty().get() == null ? ""
                : messages.get("mobile.staff.labour") + ": " + MoneyFormat.of(messages, model.currencyProperty().get())
                        .format(model.labourCost())
                        + (model.totalsProperty().get().labourPercent() == null ? ""
                                : " · " + messages.get("mobile.staff.labour_percent", model.totalsProperty().get().labourPercent())),
                model.totalsProperty(), model.currencyProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(model.figures().problemProperty().map(messages::text));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        ListView<ShiftEntry> people = new ListView<>(model.people());
        people.setId("on-shift-list");
        people.setCellFactory(FormFields.cells(e -> (e.name() == null ? "?" : e.name())
                + (e.staffRole() == null ? "" : " · " + e.staffRole()) + " · "
                + messages.get("mobile.staff.since", time.format(e.clockIn())) + " · "
                + (e.shiftStarts() == null ? messages.get("mobile.staff.no_shift")
                        : messages.get("mobile.staff.shift", time.format(e.shiftStarts()), time.format(e.shiftEnds())))
                + (e.onBreak() ? " · " + messages.get("mobile.staff.on_break") : "")));
        // With nobody at work the count says so; an empty list would only repeat it.
        people.visibleProperty().bind(Bindings.isNotEmpty(model.people()));
        people.managedProperty().bind(people.visibleProperty());
        VBox.setVgrow(people, Priority.ALWAYS);
        getChildren().addAll(new HBox(32, count, labour), problem, people);
    }
}
