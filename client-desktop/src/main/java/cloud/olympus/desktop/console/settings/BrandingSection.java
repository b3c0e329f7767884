package cloud.olympus.desktop.console.settings;

import static cloud.olympus.desktop.console.settings.SettingsView.text;

import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.theme.AccentPalette;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The branding form and its live preview: a sample panel (title bar, button, chip, selection)
 * that takes the accent as it is typed or picked, before anything is saved, with the logo in the
 * title bar once it has been fetched (or why it cannot be shown).
 */
final class BrandingSection extends HBox {

    /** The logo's room in the preview's title bar, as on a till's header. */
    private static final double LOGO_HEIGHT = 40;
    private static final double LOGO_WIDTH = 160;

    BrandingSection(BrandingViewModel model, Messages messages) {
        super(24);
        setId("settings-branding");
        var problems = model.form().problemsProperty();
        TextField accent = text("branding-accent", model.accentColorProperty());
        accent.setPrefColumnCount(8);
        ColorPicker picker = new ColorPicker();
        picker.setId("branding-picker");
        picker.setOnAction(e -> model.accentColorProperty().set(AccentPalette.hex(picker.getValue())));
        model.previewProperty().addListener((o, was, now) -> {
            if (now != null && !now.emphasis().equals(picker.getValue())) {
                picker.setValue(now.emphasis());
            }
        });
        HBox colour = new HBox(8, accent, picker);
        colour.setId("branding-colour");
        TextField logoAddress = text("branding-logo", model.logoUrlProperty());
        // The logo is fetched once the address is typed: on Enter or on leaving the field.
        logoAddress.setOnAction(e -> model.previewLogo());
        logoAddress.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.previewLogo();
            }
        });
        VBox form = SettingsView.column(SettingsView.note(messages.get("console.settings.branding.note")),
                FormFields.field(messages, "console.settings.branding.app_name", text("branding-app-name", model.appNameProperty()),
                        problems, "app_name"),
                FormFields.field(messages, "console.settings.branding.accent", colour, problems, "accent_color"),
                FormFields.field(messages, "console.settings.branding.logo", logoAddress,
                        problems, "logo_url"),
                SettingsView.saveRow(model, messages, "branding-save"));
        form.setPrefWidth(520);

        ImageView logoImage = new ImageView();
        logoImage.setId("branding-logo-image");
        logoImage.setPreserveRatio(true);
        logoImage.setSmooth(true);
        logoImage.setFitHeight(LOGO_HEIGHT);
        logoImage.setFitWidth(LOGO_WIDTH);
        logoImage.imageProperty().bind(model.logoProperty());
        logoImage.visibleProperty().bind(model.logoProperty().isNotNull());
        logoImage.managedProperty().bind(logoImage.visibleProperty());
        Label title = new Label();
        title.textProperty().bind(model.appNameProperty().map(n -> n.isBlank() ? messages.get("console.settings.branding.sample_app") : n));
        HBox bar = new HBox(10, logoImage, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        Button button = new Button(messages.get("console.settings.branding.sample_button"));
        button.getStyleClass().add("accent");
        button.setId("branding-preview-button");
        button.setFocusTraversable(false);
        Label chip = new Label(messages.get("console.settings.branding.sample_chip"));
        chip.getStyleClass().add("preview-chip");
        Label logo = new Label();
        logo.setId("branding-logo-status");
        logo.setWrapText(true);
        logo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (model.logoLoadingProperty().get()) {
                return messages.get("console.settings.branding.logo_loading");
            }
            if (!model.logoProblemProperty().get().isNone()) {
                return messages.text(model.logoProblemProperty().get());
            }
            return model.logoProperty().get() == null ? messages.get("console.settings.branding.logo_none") : "";
        }, model.logoLoadingProperty(), model.logoProblemProperty(), model.logoProperty()));
        model.logoProblemProperty().addListener((o, was, now) -> {
            logo.getStyleClass().removeAll("text-danger", "text-muted");
            logo.getStyleClass().add(now.isNone() ? "text-muted" : "text-danger");
        });
        logo.getStyleClass().add("text-muted");
        logo.visibleProperty().bind(logo.textProperty().isNotEmpty());
        logo.managedProperty().bind(logo.visibleProperty());
        Label heading = new Label(messages.get("console.settings.branding.preview"));
        heading.getStyleClass().add("title-4");
        HBox row = new HBox(12, button, chip);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox preview = new VBox(14, bar, row, logo);
        preview.setId("branding-preview");
        preview.getStyleClass().add("branding-preview");
        preview.setPrefWidth(420);
        // The preview alone takes the accent typed so far; the console keeps its own until it is saved.
        model.previewProperty().addListener((o, was, now) -> preview.setStyle(now == null ? "" : now.declarations()));
        if (model.previewProperty().getValue() != null) {
            preview.setStyle(model.previewProperty().getValue().declarations());
        }
        getChildren().addAll(form, new VBox(8, heading, preview));
        picker.setValue(model.previewProperty().getValue() == null ? Color.GRAY : model.previewProperty().getValue().emphasis());
    }
}
