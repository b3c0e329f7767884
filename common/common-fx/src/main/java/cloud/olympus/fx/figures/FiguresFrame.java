package cloud.olympus.fx.figures;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.ScreenFigures;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A screen's content under the line that says its figures are old ("as of") or what went wrong. */
public final class FiguresFrame extends VBox {

    /** Frames {@code content} as the screen {@code id} ({@code #screen-<id>}, its line {@code #status-<id>}). */
    public FiguresFrame(String id, ScreenFigures<?> figures, Node content, Messages messages) {
        setId("screen-" + id);
        getStyleClass().add("screen");
        Label status = new Label();
        status.setId("status-" + id);
        status.getStyleClass().add("screen-status");
        status.setWrapText(true);
        if (figures != null) {
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                    .withZone(ZoneId.systemDefault());
            status.textProperty().bind(Bindings.createStringBinding(() -> {
                if (figures.asOfProperty().get() != null) {
                    return messages.get("mobile.as_of", time.format(figures.asOfProperty().get()));
                }
                if (!figures.problemProperty().get().isNone()) {
                    return messages.text(figures.problemProperty().get());
                }
                return figures.loadingProperty().get() && figures.valueProperty().get() == null ? messages.get("mobile.loading") : "";
            }, figures.asOfProperty(), figures.problemProperty(), figures.loadingProperty(), figures.valueProperty()));
            status.visibleProperty().bind(status.textProperty().isNotEmpty());
            status.managedProperty().bind(status.visibleProperty());
            status.getStyleClass().add("offline");
        } else {
            status.setVisible(false);
            status.setManaged(false);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(status, content);
    }
}
