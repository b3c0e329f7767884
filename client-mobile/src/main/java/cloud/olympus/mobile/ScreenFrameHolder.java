package cloud.olympus.mobile;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.figures.FiguresFrame;
import cloud.olympus.fx.manager.ScreenFigures;
import cloud.olympus.fx.i18n.Phrase;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A screen of the app: its content framed with the line about how current its figures are. */
abstract class ScreenFrameHolder extends VBox {

    /** A line saying what went wrong with the screen's last call, shown only when something did. */
    protected static Label problemLine(String id, ReadOnlyObjectProperty<Phrase> problem, Messages messages) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("problem");
        line.setWrapText(true);
        line.textProperty().bind(Bindings.createStringBinding(() -> messages.text(problem.get()), problem));
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** The muted line a section shows when it has nothing in it. */
    protected static Label emptyNote(Messages messages, String key) {
        Label none = new Label(messages.get(key));
        none.getStyleClass().add("empty-note");
        return none;
    }

    protected void frame(String id, ScreenFigures<?> figures, Node content, Messages messages) {
        FiguresFrame frame = new FiguresFrame(id, figures, content, messages);
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().setAll(frame);
    }
}
