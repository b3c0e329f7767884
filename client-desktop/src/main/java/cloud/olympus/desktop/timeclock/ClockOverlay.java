package cloud.olympus.desktop.timeclock;

import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.timeclock.ClockAction;
import cloud.olympus.fx.timeclock.ClockTexts;
import cloud.olympus.fx.timeclock.TimeClockViewModel;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The time clock of whoever is at the till: where it stands, and the buttons that fit (clock in, a break, clock out). */
public final class ClockOverlay extends Overlay {

    public ClockOverlay(TimeClockViewModel model, Messages messages, Runnable onClose) {
        super("clock", messages.get("clock.title"), onClose);
        card().getStyleClass().add("entry-card");
        Label status = new Label();
        status.setId("clock-status");
        status.getStyleClass().add("lock-pin-name");
        status.textProperty().bind(Bindings.createStringBinding(() -> messages.text(ClockTexts.status(model.clockProperty().get(),
                ZoneId.systemDefault())), model.clockProperty()));
        Label worked = new Label();
        worked.setId("clock-worked");
        worked.getStyleClass().add("subtitle");
        worked.textProperty().bind(Bindings.createStringBinding(() -> messages.text(ClockTexts.worked(model.clockProperty().get())),
                model.clockProperty()));
        Label problem = Overlays.problem("clock-problem", model.problemProperty(), messages);
        HBox buttons = new HBox();
        buttons.getStyleClass().add("overlay-actions");
        Runnable render = () -> {
            buttons.getChildren().setAll(Overlays.spacer());
            boolean first = true;
            for (ClockAction action : model.actions()) {
                Button button = new Button(messages.get(action.messageKey()));
                button.setId("clock-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                button.getStyleClass().add("large");
                if (first) {
                    button.getStyleClass().add("accent");
                }
                first = false;
                button.disableProperty().bind(model.busyProperty());
                button.setOnAction(e -> model.perform(action));
                buttons.getChildren().add(button);
            }
        };
        render.run();
        model.actions().addListener((ListChangeListener<ClockAction>) c -> render.run());
        Button close = new Button(messages.get("action.close"));
        close.setId("clock-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox actions = new HBox(Overlays.spacer(), close);
        actions.getStyleClass().add("overlay-actions");
        add(status, worked, buttons, problem, actions);
        model.refresh();
    }
}
