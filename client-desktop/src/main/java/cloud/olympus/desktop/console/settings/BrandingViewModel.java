package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.theme.AccentPalette;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The business's branding: the app's name, the accent colour and the logo's address. The preview
 * follows the colour as it is typed; a save re-themes the console at once (and the tills when they
 * next load the business).
 */
public final class BrandingViewModel extends BusinessForm {

    private final StringProperty appName = new SimpleStringProperty("");
    private final StringProperty accentColor = new SimpleStringProperty("");
    private final StringProperty logoUrl = new SimpleStringProperty("");
    private final ObservableValue<AccentPalette> preview;
    private Consumer<AccentPalette> rebrand = palette -> { };

    public BrandingViewModel(BusinessAdmin admin, Background work) {
        super(admin, work);
        preview = Bindings.createObjectBinding(() -> palette(accentColor.get()), accentColor);
    }

    /** Who re-themes the console when a new accent is saved. */
    public void onRebrand(Consumer<AccentPalette> rebrand) {
        this.rebrand = rebrand;
    }

    public StringProperty appNameProperty() {
        return appName;
    }

    /** The accent as {@code #RRGGBB}. */
    public StringProperty accentColorProperty() {
        return accentColor;
    }

    public StringProperty logoUrlProperty() {
        return logoUrl;
    }

    /** The palette the preview shows: the accent typed so far, null while it is not a colour. */
    public ObservableValue<AccentPalette> previewProperty() {
        return preview;
    }

    @Override
    void fill(Business business) {
        Map<String, Object> b = business.branding();
        appName.set(text(b, "app_name"));
        accentColor.set(text(b, "accent_color"));
        logoUrl.set(text(b, "logo_url"));
    }

    @Override
    Change change() {
        String colour = accentColor.get().trim();
        if (!colour.isEmpty() && palette(colour) == null) {
            return refuse("accent_color", Phrase.of("console.settings.branding.bad_colour"));
        }
        Map<String, Object> branding = new LinkedHashMap<>();
        branding.put("app_name", appName.get().isBlank() ? null : appName.get().trim());
        branding.put("accent_color", colour.isEmpty() ? null : colour.toUpperCase(java.util.Locale.ROOT));
        branding.put("logo_url", logoUrl.get().isBlank() ? null : logoUrl.get().trim());
        return new Change(null, null, branding);
    }

    @Override
    void saved(Business business) {
        AccentPalette palette = palette(text(business.branding(), "accent_color"));
        if (palette != null) {
            rebrand.accept(palette);
        }
    }

    static AccentPalette palette(String hex) {
        try {
            return AccentPalette.of(hex == null ? null : hex.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
