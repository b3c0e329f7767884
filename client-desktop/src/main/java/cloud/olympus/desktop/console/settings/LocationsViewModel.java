package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.tenant.TenantSlug;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The organisation's locations and opening a new one, which starts with the organisation's settings
 * and branding. Only a subscription with more than one location may (the {@code multi_location}
 * feature); the form says so instead of failing.
 */
public final class LocationsViewModel {

    private final BusinessAdmin admin;
    private final ObservableList<Business> locations = FXCollections.observableArrayList();
    private final StringProperty slug = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper mayOpen = new ReadOnlyBooleanWrapper();
    private final FormState form;

    public LocationsViewModel(BusinessAdmin admin, Background work) {
        this.admin = admin;
        this.form = new FormState(work);
    }

    public ObservableList<Business> locations() {
        return locations;
    }

    public StringProperty slugProperty() {
        return slug;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Whether the business may open locations: an organisation (not a location) whose subscription has more than one. */
    public ReadOnlyBooleanProperty mayOpenProperty() {
        return mayOpen.getReadOnlyProperty();
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    void fill(Business business) {
        mayOpen.set(business.parentId() == null && Boolean.TRUE.equals(business.features().get("multi_location")));
    }

    public void load() {
        form.run(admin::locations, list -> {
            locations.setAll(list);
        });
    }

    /** Opens the location in the form. */
    public void add() {
        String address = TenantSlug.parse(slug.get()).map(TenantSlug::value).orElse(null);
        if (address == null) {
            form.refuse("slug", Phrase.of("console.settings.locations.bad_slug"));
            return;
        }
        if (name.get().isBlank()) {
            form.refuse("name", Phrase.of("console.form.required"));
            return;
        }
        form.run(() -> admin.addLocation(address, name.get().trim()), added -> {
            locations.add(added);
            slug.set("");
            name.set("");
            form.said(Phrase.of("console.settings.locations.added", added.name()));
        });
    }

}
