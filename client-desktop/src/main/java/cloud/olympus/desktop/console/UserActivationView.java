package cloud.olympus.desktop.console;

import cloud.olympus.fx.i18n.Messages;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The button that deactivates the person selected (asking first) or reactivates them, and the
 * question it asks, as the Staff screen and Settings → Users show them. Escape keeps the person;
 * only the question showing answers it. Shown while someone is selected and {@code may} holds.
 */
public final class UserActivationView extends VBox {

    /**
     * @param ids     the start of the controls' ids ({@code staff} gives {@code staff-deactivate},
     *                {@code staff-deactivate-confirm}, {@code staff-deactivate-cancel})
     * @param active  whether the person selected may log in; null while no one is selected
     * @param name    how the question names the person selected
     */
    public UserActivationView(String ids, ObservableValue<Boolean> active, ObservableValue<String> name, BooleanExpression may,
                              UserActivation activation, BooleanExpression busy, Runnable ask, Runnable deactivate,
                              Runnable reactivate, Messages messages) {
        super(10);
        Button button = new Button();
        button.setId(ids + "-deactivate");
        button.textProperty().bind(active.map(on -> messages.get(on ? "console.staff.people.deactivate"
                : "console.staff.people.reactivate")).orElse(""));
        button.disableProperty().bind(busy);
        button.setOnAction(e -> {
            Boolean on = active.getValue();
            if (Boolean.TRUE.equals(on)) {
                ask.run();
            } else if (on != null) {
                reactivate.run();
            }
        });
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(name.map(n -> messages.get("console.staff.people.deactivate_question", n)).orElse(""));
        Button yes = new Button(messages.get("console.staff.people.deactivate_confirm"));
        yes.setId(ids + "-deactivate-confirm");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> deactivate.run());
        Button no = new Button(messages.get("console.staff.people.keep"));
        no.setId(ids + "-deactivate-cancel");
        no.setOnAction(e -> activation.keep());
        VBox confirm = new VBox(6, question, new HBox(8, yes, no));
        confirm.visibleProperty().bind(activation.confirmingProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        no.cancelButtonProperty().bind(confirm.visibleProperty());
        getChildren().addAll(button, confirm);
        visibleProperty().bind(may.and(BooleanExpression.booleanExpression(active.map(on -> true).orElse(false))));
        managedProperty().bind(visibleProperty());
    }
}
