package cloud.olympus.mobile;

import cloud.olympus.fx.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A list and the detail of what is picked in it: side by side where there is room (a tablet), one
 * at a time with a way back where there is not (a phone).
 */
final class TwoPane extends StackPane {

    private final BooleanProperty detailShown = new SimpleBooleanProperty();
    private final Node list;
    private final VBox detail;

    TwoPane(Node list, Node detailContent, Messages messages) {
        this.list = list;
        Button back = new Button(messages.get("mobile.back"));
        back.setId("detail-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> detailShown.set(false));
        this.detail = new VBox(8, back, detailContent);
        detail.getStyleClass().add("detail-pane");
        VBox.setVgrow(detailContent, Priority.ALWAYS);
        back.setVisible(false);
                widthProperty().addListener((obs, old, now) -> arrange());
        detailShown.addListener((obs, old, now) -> arrange());
        arrange();
    }

    /** Whether the detail is asked for (on a phone, it then takes the screen). */
    BooleanProperty detailShownProperty() {
        return detailShown;
    }

    private void arrange() {
        boolean wide = DeviceSize.tablet(this);
        detail.getChildren().get(0).setVisible(!wide);
        detail.getChildren().get(0).setManaged(!wide);
        if (wide) {
            HBox both = new HBox(list, detail);
            both.getStyleClass().add("two-pane");
            HBox.setHgrow(list, Priority.ALWAYS);
            HBox.setHgrow(detail, Priority.ALWAYS);
            detail.setPrefWidth(0);
            if (list instanceof javafx.scene.layout.Region r) {
                r.setPrefWidth(0);
            }
            getChildren().setAll(both);
        } else {
            getChildren().setAll(detailShown.get() ? detail : list);
        }
    }
}
