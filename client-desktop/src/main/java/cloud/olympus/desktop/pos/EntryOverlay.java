package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** A panel to type one thing in (a price, a note), in the till's language, with what is wrong said under it. */
final class EntryOverlay extends Overlay {

    /**
     * @param id     the panel's id; its field is {@code <id>-text}, its buttons {@code <id>-ok} and {@code <id>-cancel}
     * @param okText the words on the button that takes the entry
     */
    EntryOverlay(String id, String title, String hint, String okText, EntryViewModel model, Messages messages, Runnable onClose) {
        super(id, title, onClose);
        card().getStyleClass().add("entry-card");
        TextField text = new TextField();
        text.setId(id + "-text");
        text.setPromptText(hint);
        text.textProperty().bindBidirectional(model.textProperty());
        text.disableProperty().bind(model.editableProperty().not());
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId(id + "-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button ok = new Button(okText);
        ok.setId(id + "-ok");
        ok.getStyleClass().addAll("accent", "large");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(model.editableProperty().not());
        ok.setOnAction(e -> {
            if (model.submit()) {
                close();
            }
        });
        HBox actions = new HBox(Overlays.spacer(), cancel, ok);
        actions.getStyleClass().add("overlay-actions");
        add(text, problem, actions);
        Platform.runLater(text::requestFocus);
    }
}
