package cloud.olympus.desktop.lock;

import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** "Register this till" (F9), for a manager: its name, and the answer. */
public final class RegisterTillOverlay extends Overlay {

    public RegisterTillOverlay(RegisterTillViewModel model, Messages messages, Runnable onClose) {
        super("register-till", messages.get("register.title"), onClose);
        card().getStyleClass().add("entry-card");
        Label intro = Overlays.intro(messages.get("register.intro"));
        TextField name = new TextField();
        name.setId("register-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label outcome = new Label();
        outcome.setId("register-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.outcomeProperty().get()),
                model.outcomeProperty()));
        Button close = new Button(messages.get("action.close"));
        close.setId("register-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Button register = new Button(messages.get("register.submit"));
        register.setId("register-ok");
        register.getStyleClass().addAll("accent", "large");
        register.setDefaultButton(true);
        register.disableProperty().bind(model.busyProperty());
        register.setOnAction(e -> model.register());
        HBox actions = new HBox(Overlays.spacer(), close, register);
        actions.getStyleClass().add("overlay-actions");
        add(intro, name, outcome, actions);
        Platform.runLater(name::requestFocus);
    }
}
