package cloud.olympus.desktop.lock;

import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** "Set my PIN" for whoever is logged in: the PIN twice, and their password to confirm. */
public final class SetPinOverlay extends Overlay {

    public SetPinOverlay(SetPinViewModel model, Messages messages, Runnable onClose) {
        super("set-pin", messages.get("setpin.title"), onClose);
        card().getStyleClass().add("entry-card");
        Label intro = Overlays.intro(messages.get("setpin.intro"));
        PasswordField pin = field("set-pin-new", model.pinProperty());
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, new Label(messages.get("setpin.pin")), pin);
        form.addRow(1, new Label(messages.get("setpin.again")), field("set-pin-again", model.againProperty()));
        form.addRow(2, new Label(messages.get("login.password")), field("set-pin-password", model.passwordProperty()));
        Label problem = Overlays.problem("set-pin-problem", model.problemProperty(), messages);
        Label done = new Label(messages.get("setpin.done"));
        done.setId("set-pin-done");
        done.visibleProperty().bind(model.doneProperty());
        done.managedProperty().bind(done.visibleProperty());
        Button close = new Button();
        close.setId("set-pin-close");
        close.textProperty().bind(Bindings.when(model.doneProperty()).then(messages.get("action.done"))
                .otherwise(messages.get("action.cancel")));
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Button save = new Button(messages.get("setpin.submit"));
        save.setId("set-pin-ok");
        save.getStyleClass().addAll("accent", "large");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.visibleProperty().bind(model.doneProperty().not());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> model.save());
        HBox actions = new HBox(Overlays.spacer(), close, save);
        actions.getStyleClass().add("overlay-actions");
        add(intro, form, problem, done, actions);
        Platform.runLater(pin::requestFocus);
    }

    private static PasswordField field(String id, StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
