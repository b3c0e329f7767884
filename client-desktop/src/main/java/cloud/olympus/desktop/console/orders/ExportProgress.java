package cloud.olympus.desktop.console.orders;

import cloud.olympus.fx.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * How far a {@link FileExport} is, with a button to stop it, and how it ended: texts
 * {@code <prefix>.progress} (with the progress over {@code unit}) while it runs, then its outcome.
 * The status gets the id {@code <id>-status}, the button {@code <id>-cancel}.
 */
public final class ExportProgress extends HBox {

    public ExportProgress(FileExport export, Messages messages, String prefix, String id, long unit) {
        super(6);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(120);
        bar.visibleProperty().bind(export.runningProperty());
        bar.managedProperty().bind(export.runningProperty());
        Label status = new Label();
        status.setId(id + "-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> export.runningProperty().get()
                        ? messages.get(prefix + ".progress", export.progressProperty().get() / unit)
                        : messages.text(export.outcomeProperty().get()),
                export.runningProperty(), export.progressProperty(), export.outcomeProperty()));
        Button cancel = new Button(messages.get("console.export.cancel"));
        cancel.setId(id + "-cancel");
        cancel.visibleProperty().bind(export.runningProperty());
        cancel.managedProperty().bind(export.runningProperty());
        cancel.setOnAction(e -> export.cancel());
        getChildren().setAll(bar, status, cancel);
        setAlignment(Pos.CENTER_LEFT);
    }
}
