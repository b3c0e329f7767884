package cloud.olympus.watch;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * The face of the watch, round or rectangular, showing one view at a time. A round face is a
 * circle cut out of the window, with the watch's black bezel around it.
 */
class WatchFace extends StackPane {

    private final StackPane face;

    WatchFace(WatchShape shape) {
        setId("watch");
        getStyleClass().addAll("watch", shape.styleClass());
        if (shape == WatchShape.ROUND) {
            face = new StackPane();
            face.getStyleClass().add("face");
            Circle circle = new Circle();
            circle.centerXProperty().bind(face.widthProperty().divide(2));
            circle.centerYProperty().bind(face.heightProperty().divide(2));
            circle.radiusProperty().bind(Bindings.min(face.widthProperty(), face.heightProperty()).divide(2));
            face.setClip(circle);
            getChildren().add(face);
        } else {
            face = this;
            getStyleClass().add("face");
        }
    }

    /** Shows {@code view} in place of what was there, with the keyboard's focus. */
    void show(Node view) {
        face.getChildren().setAll(view);
        view.requestFocus();
    }
}
