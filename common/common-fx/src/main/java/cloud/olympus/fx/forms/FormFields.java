package cloud.olympus.fx.forms;

import cloud.olympus.fx.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A form's field as every form lays it out: its label (the mnemonic focuses the input), the input,
 * and under it what is wrong with it, in the danger colour, shown only when something is.
 */
public final class FormFields {

    private FormFields() {
    }

    /**
     * The field {@code name} (the API's name for it) of a form whose problems are {@code problems}.
     * The message under it has the id {@code <input id>-error}.
     */
    public static VBox field(Messages messages, String labelKey, Node input, ObservableValue<FieldProblems> problems,
                             String name) {
        Label label = new Label(messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        label.getStyleClass().add("form-label");
        Label error = new Label();
        if (input.getId() != null) {
            error.setId(input.getId() + "-error");
        }
        error.getStyleClass().addAll("text-danger", "text-small", "form-error");
        error.setWrapText(true);
        error.textProperty().bind(problems.map(p -> messages.text(p.of(name))));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), false);
        error.textProperty().addListener((o, was, now) ->
                input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        VBox field = new VBox(4, label, input, error);
        field.getStyleClass().add("form-field");
        return field;
    }

    /** Cells that show each item of a list or choice box as {@code text} says. */
    public static <T> javafx.util.Callback<javafx.scene.control.ListView<T>, javafx.scene.control.ListCell<T>> cells(
            java.util.function.Function<T, String> text) {
        return list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A choice box that shows its items, and the one chosen, as {@code text} says. */
    public static <T> void showAs(javafx.scene.control.ComboBox<T> box, java.util.function.Function<T, String> text) {
        box.setCellFactory(cells(text));
        box.setButtonCell(cells(text).call(null));
    }

    /** What is wrong with the form as a whole (no field named), in the danger colour, hidden when nothing is. */
    public static Label general(Messages messages, ObservableValue<FieldProblems> problems, String id) {
        Label said = new Label();
        said.setId(id);
        said.getStyleClass().addAll("text-danger", "form-error");
        said.setWrapText(true);
        said.textProperty().bind(problems.map(p -> messages.text(p.general())));
        said.visibleProperty().bind(said.textProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        return said;
    }
}
