package cloud.olympus.desktop.console.settings;

import cloud.olympus.fx.forms.TableColumns;
import cloud.olympus.fx.i18n.Messages;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** The subscription's features, read only, each with what it changes. */
final class FeaturesSection extends StackPane {

    FeaturesSection(FeaturesViewModel model, Messages messages) {
        setId("settings-features");
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        TableView<FeaturesViewModel.Feature> table = new TableView<>(model.features());
        table.setId("features-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TableColumns.text(messages.get("console.settings.features.name"), f -> messages.text(f.label())));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.features.state"),
                f -> messages.get(f.on() ? "console.settings.features.on" : "console.settings.features.off")));
        table.getColumns().add(TableColumns.text(messages.get("console.settings.features.effect"), f -> messages.text(f.effect())));
        table.getColumns().get(0).setMaxWidth(220);
        table.getColumns().get(1).setMaxWidth(120);
        table.setPrefHeight(360);
        var column = SettingsView.column(SettingsView.note(messages.get("console.settings.features.note")), table);
        column.setMaxWidth(1100);
        getChildren().add(column);
    }
}
