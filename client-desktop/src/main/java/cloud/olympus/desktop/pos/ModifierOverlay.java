package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.fx.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Choosing an item's modifiers, group by group, with the price as it will be rung up. */
final class ModifierOverlay extends Overlay {

    ModifierOverlay(ModifierViewModel model, Messages messages, Consumer<ModifierViewModel> add, Runnable onClose) {
        super("modifiers", model.item().name(), onClose);
        card().getStyleClass().add("modifiers-card");
        VBox groups = new VBox();
        groups.getStyleClass().add("modifier-groups");
        for (CatalogueItem.ModifierGroup group : model.item().modifierGroups()) {
            Label name = new Label(group.name() + "  ·  " + rule(group, messages));
            name.getStyleClass().add("modifier-group-name");
            FlowPane options = new FlowPane();
            options.getStyleClass().add("modifier-options");
            for (CatalogueItem.Option option : group.options()) {
                String delta = option.priceDelta().signum() == 0 ? "" : "\n+" + model.priceDelta(option.priceDelta());
                ToggleButton button = new ToggleButton(option.name() + delta);
                button.getStyleClass().add("modifier-option");
                button.setId("modifier-" + option.name().replaceAll("\\W+", "-").toLowerCase(java.util.Locale.ROOT));
                button.setSelected(model.isChosen(group.name(), option.name()));
                button.setOnAction(e -> {
                    model.toggle(group.name(), option.name());
                    options.getChildren().forEach(n -> {
                        ToggleButton b = (ToggleButton) n;
                        b.setSelected(model.isChosen(group.name(), (String) b.getUserData()));
                    });
                });
                button.setUserData(option.name());
                options.getChildren().add(button);
            }
            groups.getChildren().addAll(name, options);
        }
        Label price = new Label();
        price.getStyleClass().add("modifier-price");
        price.textProperty().bind(model.priceProperty());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button confirm = new Button(messages.get("modifiers.add"));
        confirm.setId("modifiers-add");
        confirm.getStyleClass().addAll("accent", "large");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.completeProperty().not());
        confirm.setOnAction(e -> {
            add.accept(model);
            close();
        });
        HBox actions = new HBox(price, Overlays.spacer(), cancel, confirm);
        actions.getStyleClass().add("overlay-actions");
        add(groups, actions);
    }

    private static String rule(CatalogueItem.ModifierGroup group, Messages messages) {
        if (group.minSelected() == group.maxSelected()) {
            return messages.get("modifiers.choose_exactly", group.minSelected());
        }
        return group.minSelected() == 0 ? messages.get("modifiers.choose_up_to", group.maxSelected())
                : messages.get("modifiers.choose_between", group.minSelected(), group.maxSelected());
    }
}
