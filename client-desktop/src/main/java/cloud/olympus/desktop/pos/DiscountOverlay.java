package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.pricing.Discount;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** A discount on the whole sale: a percentage or an amount, with a reason. For those who may give discounts. */
final class DiscountOverlay extends Overlay {

    DiscountOverlay(DiscountViewModel model, Messages messages, Runnable clear, Runnable onClose) {
        super("discount", messages.get("discount.title"), onClose);
        ToggleGroup kind = new ToggleGroup();
        ToggleButton percent = new ToggleButton("%");
        percent.setToggleGroup(kind);
        percent.setUserData(Discount.Kind.PERCENTAGE);
        ToggleButton fixed = new ToggleButton(messages.get("discount.amount"));
        fixed.setId("discount-fixed");
        fixed.setToggleGroup(kind);
        fixed.setUserData(Discount.Kind.FIXED);
        (model.kindProperty().get() == Discount.Kind.FIXED ? fixed : percent).setSelected(true);
        kind.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.kindProperty().set((Discount.Kind) now.getUserData());
            }
        });
        TextField value = new TextField();
        value.setId("discount-value");
        value.textProperty().bindBidirectional(model.valueProperty());
        TextField reason = new TextField();
        reason.setId("discount-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Label problem = new Label();
        problem.setId("discount-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, new Label(messages.get("discount.kind")), new HBox(percent, fixed));
        form.addRow(1, new Label(messages.get("discount.value")), value);
        form.addRow(2, new Label(messages.get("discount.reason")), reason);
        Button remove = new Button(messages.get("discount.clear"));
        remove.setOnAction(e -> {
            clear.run();
            close();
        });
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button ok = new Button(messages.get("discount.apply"));
        ok.setId("discount-apply");
        ok.getStyleClass().add("accent");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            if (model.apply()) {
                close();
            }
        });
        HBox actions = new HBox(problem, Overlays.spacer(), remove, cancel, ok);
        actions.getStyleClass().add("overlay-actions");
        add(form, actions);
    }
}
