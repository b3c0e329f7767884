package cloud.olympus.desktop.console.settings;

import cloud.olympus.fx.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The subscription's features, read only, each with whether it is included and what it changes. */
final class FeaturesSection extends StackPane {

    FeaturesSection(FeaturesViewModel model, Messages messages) {
        setId("settings-features");
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox list = new VBox(14);
        list.setId("features-list");
        Runnable draw = () -> list.getChildren().setAll(model.features().stream().map(feature -> {
            Label name = new Label(messages.text(feature.label()) + " — "
                    + messages.get(feature.on() ? "console.settings.features.on" : "console.settings.features.off"));
            name.getStyleClass().add("form-label");
            Label effect = SettingsView.note(messages.text(feature.effect()));
            VBox row = new VBox(2, name, effect);
            row.setId("feature-" + feature.name());
            row.getStyleClass().add(feature.on() ? "feature-on" : "feature-off");
            return row;
        }).toList());
        model.features().addListener((ListChangeListener<FeaturesViewModel.Feature>) c -> draw.run());
        draw.run();
        var column = SettingsView.column(SettingsView.note(messages.get("console.settings.features.note")), list);
        column.setMaxWidth(900);
        getChildren().add(column);
    }
}
