package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.fx.i18n.Messages;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** Finding a customer by name, email or phone and attaching them to the sale. */
final class CustomerOverlay extends Overlay {

    CustomerOverlay(CustomerLookupViewModel model, Messages messages, Runnable onClose) {
        super("customer-lookup", messages.get("customer.title"), onClose);
        card().getStyleClass().add("customer-card");
        TextField query = new TextField();
        query.setId("customer-query");
        query.setPromptText(messages.get("customer.hint"));
        query.textProperty().bindBidirectional(model.queryProperty());
        ListView<CustomerSummary> results = new ListView<>(model.results());
        results.setId("customer-results");
        results.setPrefHeight(280);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.displayName() + "   " + (c.email() == null ? "" : c.email()) + "   "
                        + messages.get("customer.points", c.loyaltyPoints()) + (c.loyaltyTier() == null ? "" : " · " + c.loyaltyTier()));
            }
        });
        Label problem = new Label();
        problem.setId("customer-problem");
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        // Typing pauses briefly before a search, so that one goes out per word rather than per key.
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.search());
        query.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button choose = new Button(messages.get("customer.attach"));
        choose.setId("customer-attach");
        choose.getStyleClass().add("accent");
        choose.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        choose.setOnAction(e -> {
            model.choose(results.getSelectionModel().getSelectedItem());
            close();
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                choose.fire();
            }
        });
        HBox actions = new HBox(problem, Overlays.spacer(), cancel, choose);
        actions.getStyleClass().add("overlay-actions");
        add(query, results, actions);
    }
}
