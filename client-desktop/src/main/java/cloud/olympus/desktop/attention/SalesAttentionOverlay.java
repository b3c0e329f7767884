package cloud.olympus.desktop.attention;

import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The sales the server could not record, with why, in the cashier's language. Retrying or
 * discarding one needs a manager: the person at the till, or one who approves on the spot.
 */
public final class SalesAttentionOverlay extends Overlay {

    /**
     * @param decide runs a manager's decision: at once for a manager at the till, after an approval
     *               otherwise; it is given who decided
     */
    public SalesAttentionOverlay(SalesAttentionViewModel model, Messages messages, Function<BigDecimal, String> money,
                                 Consumer<Consumer<String>> decide, Runnable onClose) {
        super("sales-attention", messages.get("attention.title"), onClose);
        card().getStyleClass().add("attention-card");
        Label intro = new Label(messages.get("attention.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("subtitle");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        ListView<SalesAttentionViewModel.Entry> list = new ListView<>(model.entries());
        list.setId("attention-list");
        list.setPrefHeight(300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SalesAttentionViewModel.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label what = new Label((entry.rungAt() == null ? "" : time.format(entry.rungAt()) + "  ·  ")
                        + (entry.total() == null ? "" : money.apply(entry.total()) + "  ·  ")
                        + messages.get("attention.lines", entry.lines()));
                what.getStyleClass().add("attention-what");
                Label why = new Label(messages.text(entry.reason()));
                why.getStyleClass().add("attention-why");
                why.setWrapText(true);
                setGraphic(new VBox(what, why));
                setText(null);
            }
        });
        Label empty = new Label(messages.get("attention.empty"));
        list.setPlaceholder(empty);
        TextField reason = new TextField();
        reason.setId("attention-reason");
        reason.setPromptText(messages.get("attention.reason_hint"));
        Label problem = new Label();
        problem.setId("attention-problem");
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty() ? ""
                : messages.get(model.problemProperty().get()), model.problemProperty()));
        Button retry = new Button(messages.get("attention.retry"));
        retry.setId("attention-retry");
        retry.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        retry.setOnAction(e -> {
            var entry = list.getSelectionModel().getSelectedItem();
            decide.accept(by -> model.retry(entry));
        });
        Button discard = new Button(messages.get("attention.discard"));
        discard.setId("attention-discard");
        discard.getStyleClass().add("danger");
        discard.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        discard.setOnAction(e -> {
            var entry = list.getSelectionModel().getSelectedItem();
            String why = reason.getText();
            if (why == null || why.isBlank()) {
                model.discard(entry, why, null);
                return;
            }
            decide.accept(by -> {
                if (model.discard(entry, why, by)) {
                    reason.clear();
                }
            });
        });
        Button done = new Button(messages.get("action.close"));
        done.setCancelButton(true);
        done.setOnAction(e -> close());
        HBox actions = new HBox(problem, Overlays.spacer(), retry, discard, done);
        actions.getStyleClass().add("overlay-actions");
        add(intro, list, reason, actions);
    }
}
