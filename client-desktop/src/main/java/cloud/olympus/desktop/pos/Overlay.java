package cloud.olympus.desktop.pos;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A panel shown over the till (modifiers, checkout, receipt, orders), inside the same window. */
public class Overlay extends StackPane {

    private final VBox card = new VBox();
    private final Runnable onClose;

    public Overlay(String id, String title, Runnable onClose) {
        this.onClose = onClose;
        setId(id);
        getStyleClass().add("overlay");
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label heading = new Label(title);
        heading.getStyleClass().add("overlay-title");
        card.getChildren().add(heading);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close();
            }
        });
    }

    public VBox card() {
        return card;
    }

    public void add(Node... nodes) {
        card.getChildren().addAll(nodes);
    }

    public void close() {
        if (getParent() instanceof StackPane parent) {
            parent.getChildren().remove(this);
        }
        onClose.run();
    }
}
