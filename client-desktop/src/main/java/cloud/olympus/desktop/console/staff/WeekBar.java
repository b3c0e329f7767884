package cloud.olympus.desktop.console.staff;

import cloud.olympus.fx.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The week shown and the buttons that turn it, above the schedule and the timesheets. */
final class WeekBar extends HBox {

    /** {@code idPrefix} names the buttons ({@code <prefix>-previous}, {@code <prefix>-next}) and the week ({@code <prefix>-week}). */
    WeekBar(WeekShown week, Messages messages, String idPrefix, Runnable previousWeek, Runnable nextWeek) {
        super(8);
        Button previous = new Button(messages.get("console.staff.schedule.previous"));
        previous.setId(idPrefix + "-previous");
        previous.setOnAction(e -> previousWeek.run());
        Button next = new Button(messages.get("console.staff.schedule.next"));
        next.setId(idPrefix + "-next");
        next.setOnAction(e -> nextWeek.run());
        Label shown = new Label();
        shown.setId(idPrefix + "-week");
        shown.getStyleClass().add("title-4");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        shown.textProperty().bind(week.mondayProperty().map(monday -> messages.get("console.staff.schedule.week",
                monday.format(date))));
        for (Control control : new Control[] {previous, shown, next}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(previous, shown, next);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("console-toolbar");
    }
}
