package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** The business profile form. */
final class ProfileSection extends StackPane {

    ProfileSection(ProfileViewModel model, Messages messages) {
        setId("settings-profile");
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        var problems = model.form().problemsProperty();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.add(FormFields.field(messages, "console.settings.profile.name", text("profile-name", model.nameProperty()), problems,
                "name"), 0, 0, 2, 1);
        grid.add(FormFields.field(messages, "console.settings.profile.currency", text("profile-currency", model.currencyProperty()),
                problems, "currency"), 0, 1);
        grid.add(FormFields.field(messages, "console.settings.profile.locale", text("profile-locale", model.localeProperty()),
                problems, "locale"), 1, 1);
        grid.add(FormFields.field(messages, "console.settings.profile.timezone", text("profile-timezone", model.timezoneProperty()),
                problems, "timezone"), 0, 2);
        grid.add(FormFields.field(messages, "console.settings.profile.day_start",
                text("profile-day-start", model.dayStartsAtProperty()), problems, "business_day_starts_at"), 1, 2);
        grid.add(FormFields.field(messages, "console.settings.profile.prefix", text("profile-prefix", model.orderPrefixProperty()),
                problems, "order_prefix"), 0, 3);
        grid.add(FormFields.field(messages, "console.settings.profile.max_tip", text("profile-max-tip", model.maxTipPercentProperty()),
                problems, "max_tip_percent"), 1, 3);
        grid.add(FormFields.field(messages, "console.settings.profile.offline_days",
                text("profile-offline-days", model.offlineLoginDaysProperty()), problems, "offline_login_days"), 0, 4);
        grid.add(FormFields.field(messages, "console.settings.profile.footer",
                text("profile-footer", model.receiptFooterProperty()), problems, "receipt_footer"), 0, 5, 2, 1);
        grid.getColumnConstraints().addAll(grow(), grow());
        getChildren().add(SettingsView.column(SettingsView.note(messages.get("console.settings.profile.note")), grid,
                SettingsView.saveRow(model, messages, "profile-save")));
    }

    private static javafx.scene.layout.ColumnConstraints grow() {
        javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setPercentWidth(50);
        return column;
    }
}
