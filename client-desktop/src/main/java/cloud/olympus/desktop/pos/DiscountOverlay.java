package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** A discount on the whole sale: a percentage or an amount, with a reason. Managers only. */
final class DiscountOverlay extends Overlay {

    DiscountOverlay(Messages messages, Consumer<Discount> apply, Runnable clear, Runnable onClose) {
        super("discount", messages.get("discount.title"), onClose);
        ToggleGroup kind = new ToggleGroup();
        ToggleButton percent = new ToggleButton("%");
        percent.setToggleGroup(kind);
        percent.setSelected(true);
        ToggleButton fixed = new ToggleButton(messages.get("discount.amount"));
        fixed.setToggleGroup(kind);
        TextField value = new TextField();
        value.setId("discount-value");
        TextField reason = new TextField();
        reason.setId("discount-reason");
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
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
            try {
                BigDecimal amount = new BigDecimal(value.getText().trim().replace(',', '.'));
                apply.accept(new Discount(fixed.isSelected() ? Discount.Kind.FIXED : Discount.Kind.PERCENTAGE, amount,
                        reason.getText().isBlank() ? null : reason.getText().trim()));
                close();
            } catch (RuntimeException ex) {
                problem.setText(messages.get("discount.invalid"));
            }
        });
        HBox actions = new HBox(problem, Overlays.spacer(), remove, cancel, ok);
        actions.getStyleClass().add("overlay-actions");
        add(form, actions);
    }
}
