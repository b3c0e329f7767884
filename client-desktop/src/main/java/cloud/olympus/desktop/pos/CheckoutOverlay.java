package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.commerce.PaymentMethod;
import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Taking the money: tender buttons, amounts, tips, the tenders so far, and the change to give. */
final class CheckoutOverlay extends Overlay {

    private final CheckoutViewModel model;
    private final CartViewModel cart;
    private final ToggleGroup methods = new ToggleGroup();
    private final TextField amount = new TextField();
    private final TextField tip = new TextField();
    private final TextField reference = new TextField();
    private final FlowPane quick = new FlowPane();

    CheckoutOverlay(CheckoutViewModel model, CartViewModel cart, Messages messages, Runnable complete, Runnable onClose) {
        super("checkout", messages.get("checkout.title", cart.format(model.total())), onClose);
        this.model = model;
        this.cart = cart;
        card().getStyleClass().add("checkout-card");

        FlowPane methodButtons = new FlowPane();
        methodButtons.getStyleClass().add("tender-methods");
        for (PaymentMethod method : CheckoutViewModel.METHODS) {
            ToggleButton button = new ToggleButton(messages.get("tender." + method.wireName()));
            button.setId("tender-" + method.wireName().replace('_', '-'));
            button.setUserData(method);
            button.setToggleGroup(methods);
            button.getStyleClass().add("tender-method");
            methodButtons.getChildren().add(button);
        }
        methods.selectToggle(methods.getToggles().get(0));
        methods.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                methods.selectToggle(old);
            }
        });

        amount.setId("tender-amount");
        amount.setText(model.due().toPlainString());
        tip.setId("tender-tip");
        tip.setPromptText("0");
        reference.setId("tender-reference");
        reference.setPromptText(messages.get("checkout.reference_hint"));
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, new Label(messages.get("checkout.amount")), amount);
        if (model.takesTips()) {
            form.addRow(1, new Label(messages.get("checkout.tip")), tip);
        }
        form.addRow(2, new Label(messages.get("checkout.reference")), reference);
        quick.getStyleClass().add("quick-cash");
        fillQuick();

        Label problem = new Label();
        problem.setId("checkout-problem");
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));

        Button takeButton = new Button(messages.get("checkout.take"));
        takeButton.setId("tender-take");
        takeButton.getStyleClass().add("large");
        takeButton.setOnAction(e -> take(selectedMethod(), amount.getText()));
        amount.setOnAction(e -> take(selectedMethod(), amount.getText()));

        ListView<CheckoutViewModel.Tender> tenders = new ListView<>(model.tenders());
        tenders.setId("tenders");
        tenders.getStyleClass().add("tenders");
        tenders.setPrefHeight(110);
        tenders.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CheckoutViewModel.Tender t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : messages.get("tender." + t.method().wireName()) + "  " + cart.format(t.handed())
                        + (t.tip().signum() > 0 ? "  (+" + cart.format(t.tip()) + ")" : ""));
            }
        });

        Label remaining = new Label();
        remaining.setId("checkout-remaining");
        remaining.getStyleClass().add("checkout-remaining");
        remaining.textProperty().bind(Bindings.concat(messages.get("checkout.remaining"), " ", model.remainingProperty()));
        Label change = new Label();
        change.setId("checkout-change");
        change.getStyleClass().add("checkout-change");
        change.textProperty().bind(Bindings.createStringBinding(() -> model.changeProperty().get().isEmpty() ? ""
                : messages.get("checkout.change", model.changeProperty().get()), model.changeProperty()));

        Button back = new Button(messages.get("action.back"));
        back.setCancelButton(true);
        back.setOnAction(e -> close());
        Button done = new Button(messages.get("checkout.complete"));
        done.setId("checkout-complete");
        done.getStyleClass().addAll("success", "large");
        done.disableProperty().bind(model.settledProperty().not());
        done.setOnAction(e -> complete.run());
        HBox entry = new HBox(form, quick);
        entry.getStyleClass().add("checkout-entry");
        HBox actions = new HBox(remaining, Overlays.spacer(), change, back, done);
        actions.getStyleClass().add("overlay-actions");
        add(methodButtons, entry, takeButton, problem, tenders, actions);
    }

    private PaymentMethod selectedMethod() {
        return (PaymentMethod) methods.getSelectedToggle().getUserData();
    }

    private void take(PaymentMethod method, String typed) {
        if (model.take(method, typed, tip.getText(), reference.getText())) {
            tip.clear();
            reference.clear();
            amount.setText(model.due().toPlainString());
            fillQuick();
        }
    }

    /** Cash shortcuts: the exact amount and the next round notes. */
    private void fillQuick() {
        quick.getChildren().clear();
        if (model.due().signum() == 0) {
            return;
        }
        int n = 0;
        for (BigDecimal value : model.quickCash()) {
            Button button = new Button(cart.format(value));
            button.setId("quick-cash-" + n++);
            button.getStyleClass().add("quick-cash-button");
            button.setOnAction(e -> take(PaymentMethod.CASH, value.toPlainString()));
            quick.getChildren().add(button);
        }
    }
}
