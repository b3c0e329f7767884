package cloud.olympus.mobile;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.ScreenFigures;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A screen of the app: its content framed with the line about how current its figures are. */
abstract class ScreenFrameHolder extends VBox {

    protected void frame(String id, ScreenFigures<?> figures, Node content, Messages messages) {
        ScreenFrame frame = new ScreenFrame(id, figures, content, messages);
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().setAll(frame);
    }
}
