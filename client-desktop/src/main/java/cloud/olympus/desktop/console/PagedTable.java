package cloud.olympus.desktop.console;

import cloud.olympus.fx.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A table read from the server a page at a time: a "More" button under it reads the next page while
 * there is one, and so does scrolling to its end.
 */
public final class PagedTable {

    private PagedTable() {
    }

    /**
     * @param id   the button's node id
     * @param more whether another page follows
     * @param busy whether a reading is under way (the button waits, scrolling asks nothing)
     * @param next reads the next page
     */
    public static VBox of(TableView<?> table, Messages messages, String id, ReadOnlyBooleanProperty more,
                          ReadOnlyBooleanProperty busy, Runnable next) {
        table.skinProperty().addListener((o, was, skin) -> table.lookupAll(".scroll-bar").forEach(node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((v, before, now) -> {
                    if (now.doubleValue() >= bar.getMax() && more.get() && !busy.get()) {
                        next.run();
                    }
                });
            }
        }));
        Button button = new Button(messages.get("console.orders.more"));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.visibleProperty().bind(more);
        button.managedProperty().bind(button.visibleProperty());
        button.disableProperty().bind(busy);
        button.setOnAction(e -> next.run());
        HBox foot = new HBox(button);
        foot.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(table, foot);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
