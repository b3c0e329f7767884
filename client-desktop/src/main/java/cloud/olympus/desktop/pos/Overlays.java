package cloud.olympus.desktop.pos;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small layout pieces the overlays share. */
public final class Overlays {

    private Overlays() {
    }

    /** Takes up the free room in a row, pushing what follows to the end. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
