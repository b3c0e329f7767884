package cloud.olympus.desktop.pos;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small layout pieces the overlays share. */
public final class Overlays {

    private Overlays() {
    }

    /** A panel's opening words, wrapped, in the quieter style. */
    public static javafx.scene.control.Label intro(String text) {
        javafx.scene.control.Label intro = new javafx.scene.control.Label(text);
        intro.setWrapText(true);
        intro.getStyleClass().add("subtitle");
        return intro;
    }

    /** What went wrong, in the till's language, as {@code problem} says it; empty while nothing did. */
    public static javafx.scene.control.Label problem(String id, javafx.beans.value.ObservableValue<cloud.olympus.fx.i18n.Phrase> problem,
                                                     cloud.olympus.fx.i18n.Messages messages) {
        javafx.scene.control.Label label = new javafx.scene.control.Label();
        label.setId(id);
        label.getStyleClass().add("form-error");
        label.setWrapText(true);
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.text(problem.getValue()), problem));
        return label;
    }

    /** Takes up the free room in a row, pushing what follows to the end. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
