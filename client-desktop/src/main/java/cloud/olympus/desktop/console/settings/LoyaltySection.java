package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The loyalty rules form. */
final class LoyaltySection extends StackPane {

    LoyaltySection(LoyaltyViewModel model, Messages messages) {
        setId("settings-loyalty");
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        var problems = model.form().problemsProperty();
        Label included = SettingsView.note("");
        included.setId("loyalty-included");
        included.textProperty().bind(model.includedProperty().map(on -> messages.get(on
                ? "console.settings.loyalty.included" : "console.settings.loyalty.not_included")));
        getChildren().add(SettingsView.column(SettingsView.note(messages.get("console.settings.loyalty.note")), included,
                FormFields.field(messages, "console.settings.loyalty.earn", text("loyalty-earn", model.pointsPerUnitProperty()),
                        problems, "points_per_unit"),
                FormFields.field(messages, "console.settings.loyalty.redeem",
                        text("loyalty-redeem", model.redeemPointsPerUnitProperty()), problems, "redeem_points_per_unit"),
                FormFields.field(messages, "console.settings.loyalty.tiers", text("loyalty-tiers", model.tiersProperty()),
                        problems, "tiers"),
                SettingsView.saveRow(model, messages, "loyalty-save")));
    }
}
