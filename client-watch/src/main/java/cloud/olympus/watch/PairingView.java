package cloud.olympus.watch;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.watch.PairingViewModel;
import cloud.olympus.fx.watch.PairingViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The code to type on the till, as large as the face allows, with what to do and what stands in the way. */
final class PairingView extends VBox {

    PairingView(PairingViewModel model, Messages messages) {
        setId("pairing");
        getStyleClass().add("pairing");
        Label title = new Label(messages.get("watch.pairing.title"));
        title.getStyleClass().add("card-title");
        Label instructions = new Label(messages.get("watch.pairing.instructions"));
        instructions.getStyleClass().add("card-detail");
        instructions.setWrapText(true);
        Label code = new Label();
        code.setId("pairing-code");
        code.getStyleClass().add("pairing-code");
        code.textProperty().bind(model.userCodeProperty());
        code.visibleProperty().bind(model.userCodeProperty().isNotEmpty());
        code.managedProperty().bind(code.visibleProperty());
        Label starting = new Label(messages.get("watch.pairing.starting"));
        starting.getStyleClass().add("card-detail");
        starting.visibleProperty().bind(code.visibleProperty().not());
        starting.managedProperty().bind(starting.visibleProperty());
        Label business = new Label(messages.get("watch.pairing.business", model.tenantSlug()));
        business.getStyleClass().add("card-detail");
        business.setWrapText(true);
        Label problem = new Label();
        problem.setId("pairing-problem");
        problem.getStyleClass().add("card-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        Button again = new Button(messages.get("watch.pairing.new_code"));
        again.setId("pairing-again");
        again.getStyleClass().add("card-action");
        again.visibleProperty().bind(model.stateProperty().isEqualTo(State.DENIED)
                .or(model.stateProperty().isEqualTo(State.FAILED)));
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> model.start());
        getChildren().addAll(title, instructions, code, starting, business, problem, again);
    }
}
