package cloud.olympus.desktop.console;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Labels the console's forms share: a sentence that follows a phrase, and the refusal shown under a field. */
public final class ConsoleLabels {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private ConsoleLabels() {
    }

    /** A label with id {@code id} that says {@code phrase} in the person's language, whatever it becomes. */
    public static Label phrase(String id, ObservableValue<Phrase> phrase, Messages messages) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> messages.text(phrase.getValue()), phrase));
        return label;
    }

    /**
     * The refusal of field {@code wire} in {@code errors}, shown (with id {@code id}) only while there
     * is one; {@code input}, if given, is marked as refused meanwhile.
     */
    public static Label fieldError(String id, String wire, ObservableMap<String, Phrase> errors, Messages messages, Control input) {
        Label error = new Label();
        error.setId(id);
        error.setWrapText(true);
        error.getStyleClass().addAll("console-problem", "text-small");
        error.setManaged(false);
        error.setVisible(false);
        errors.addListener((MapChangeListener<String, Phrase>) change -> {
            Phrase phrase = errors.get(wire);
            error.setText(phrase == null ? "" : messages.text(phrase));
            error.setVisible(phrase != null);
            error.setManaged(phrase != null);
            if (input != null) {
                input.pseudoClassStateChanged(DANGER, phrase != null);
            }
        });
        return error;
    }
}
