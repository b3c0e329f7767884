package cloud.olympus.mobile;

import cloud.olympus.client.manager.ShiftEntry;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.StaffOnShiftViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Who is at work now, with their shift and breaks, and today's labour cost against sales. */
final class StaffView extends ScreenFrameHolder {

    StaffView(StaffOnShiftViewModel model, Messages messages) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        Label onShift = new Label();
        onShift.setId("staff-count");
        onShift.getStyleClass().add("kpi-value");
        onShift.textProperty().bind(Bindings.createStringBinding(() -> messages.get("mobile.staff.on_shift",
                model.people().size()), model.people()));
        Label labour = new Label();
        labour.setId("staff-labour");
        labour.getStyleClass().add("kpi-value");
        Label percent = new Label();
        percent.getStyleClass().add("subtitle");
        labour.textProperty().bind(Bindings.createStringBinding(() -> model.totalsProperty().get() == null
                || model.currencyProperty().get() == null ? ""
                : MoneyFormat.of(messages, model.currencyProperty().get()).format(model.labourCost()),
                model.totalsProperty(), model.currencyProperty()));
        percent.textProperty().bind(Bindings.createStringBinding(() -> model.totalsProperty().get() == null
                || model.totalsProperty().get().labourPercent() == null ? ""
                : messages.get("mobile.staff.labour_percent", model.totalsProperty().get().labourPercent()), model.totalsProperty()));
        HBox summary = new HBox(24, onShift, new VBox(new Label(messages.get("mobile.staff.labour")), labour, percent));
        summary.getStyleClass().add("summary");
        ListView<ShiftEntry> list = new ListView<>(model.people());
        list.setId("staff-list");
        // With nobody at work the count above says so; an empty list would only repeat it.
        list.visibleProperty().bind(Bindings.isNotEmpty(model.people()));
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ShiftEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String shift = e.shiftStarts() == null ? messages.get("mobile.staff.no_shift")
                        : messages.get("mobile.staff.shift", time.format(e.shiftStarts()), time.format(e.shiftEnds()));
                setText((e.name() == null ? "?" : e.name()) + (e.staffRole() == null ? "" : " · " + e.staffRole()) + "\n"
                        + messages.get("mobile.staff.since", time.format(e.clockIn())) + " · " + shift + " · "
                        + (e.onBreak() ? messages.get("mobile.staff.on_break") : messages.get("mobile.staff.breaks", e.breakMinutes())));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(12, summary, list);
        content.getStyleClass().add("screen-content");
        frame("staff", model.figures(), content, messages);
    }
}
