package cloud.olympus.desktop.console;

import cloud.olympus.fx.shell.FxQueries;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Whether a label or a table cell shows all of its text: not cut off with "…" for want of room. */
public final class ShownInFull {

    private ShownInFull() {
    }

    /** True when the text drawn is the whole text (on as many lines as it wraps to). */
    public static boolean of(Node node) {
        return FxQueries.onFxThread(() -> {
            Labeled labeled = (Labeled) node;
            labeled.applyCss();
            labeled.layout();
            Text drawn = (Text) labeled.lookup(".text");
            String text = labeled.getText() == null ? "" : labeled.getText();
            return drawn == null ? text.isEmpty() : drawn.getText().equals(text);
        });
    }
}
