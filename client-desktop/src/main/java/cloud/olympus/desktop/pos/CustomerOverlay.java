package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.i18n.Messages;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** Finding a customer by name, email or phone and attaching them to the sale. */
final class CustomerOverlay extends Overlay {

    CustomerOverlay(OlympusApi api, Executor background, Executor ui, Messages messages, Consumer<CustomerSummary> attach,
                    Runnable onClose) {
        super("customer-lookup", messages.get("customer.title"), onClose);
        card().getStyleClass().add("customer-card");
        TextField query = new TextField();
        query.setId("customer-query");
        query.setPromptText(messages.get("customer.hint"));
        ListView<CustomerSummary> results = new ListView<>();
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
        problem.getStyleClass().add("form-error");
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> {
            String text = query.getText();
            if (text.isBlank()) {
                results.getItems().clear();
                return;
            }
            background.execute(() -> {
                try {
                    List<CustomerSummary> found = api.findCustomers(text.trim());
                    ui.execute(() -> {
                        results.getItems().setAll(found);
                        problem.setText(found.isEmpty() ? messages.get("customer.none") : "");
                    });
                } catch (RuntimeException ex) {
                    ui.execute(() -> problem.setText(messages.get("customer.offline")));
                }
            });
        });
        query.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button choose = new Button(messages.get("customer.attach"));
        choose.setId("customer-attach");
        choose.getStyleClass().add("accent");
        choose.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        choose.setOnAction(e -> {
            attach.accept(results.getSelectionModel().getSelectedItem());
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
