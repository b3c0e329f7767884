package cloud.olympus.desktop.pairing;

import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The till's "Pair a watch" panel: type the watch's code, pair, and see that it worked. */
public final class PairWatchOverlay extends Overlay {

    public PairWatchOverlay(PairWatchViewModel model, Messages messages, Runnable onClose) {
        super("pair-watch", messages.get("pair.title"), onClose);
        card().getStyleClass().add("entry-card");
        Label intro = new Label(messages.get("pair.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("subtitle");
        TextField code = new TextField();
        code.setId("pair-watch-code");
        code.getStyleClass().add("pairing-code");
        code.setPromptText(messages.get("pair.hint"));
        code.textProperty().bindBidirectional(model.codeProperty());
        code.disableProperty().bind(model.stateProperty().isNotEqualTo(PairWatchViewModel.State.TYPING));
        Label problem = new Label();
        problem.setId("pair-watch-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        Label done = new Label(messages.get("pair.done"));
        done.setId("pair-watch-done");
        done.getStyleClass().add("pairing-done");
        done.visibleProperty().bind(model.stateProperty().isEqualTo(PairWatchViewModel.State.PAIRED));
        done.managedProperty().bind(done.visibleProperty());
        Button cancel = new Button();
        cancel.setId("pair-watch-cancel");
        cancel.textProperty().bind(Bindings.when(done.visibleProperty())
                .then(messages.get("action.done")).otherwise(messages.get("action.cancel")));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button pair = new Button(messages.get("pair.submit"));
        pair.setId("pair-watch-ok");
        pair.getStyleClass().addAll("accent", "large");
        pair.setDefaultButton(true);
        pair.visibleProperty().bind(done.visibleProperty().not());
        pair.managedProperty().bind(pair.visibleProperty());
        pair.disableProperty().bind(model.stateProperty().isEqualTo(PairWatchViewModel.State.SENDING));
        pair.setOnAction(e -> model.pair());
        HBox actions = new HBox(Overlays.spacer(), cancel, pair);
        actions.getStyleClass().add("overlay-actions");
        add(intro, code, problem, done, actions);
        Platform.runLater(code::requestFocus);
    }
}
